l = [0] * 6
l[0] = 1
l[-1] = 9
l[1:3] = [7, 7, 7]
print(l)
l[:] = []
print(l)
d = {}
d[1, 2] = "t"
d[None] = 0
print(d)
try:
    l[0] = 1
except IndexError as e:
    print("IndexError", e)
try:
    l[::2] = [1]
except NotImplementedError as e:
    print("NotImplementedError", e.args)
