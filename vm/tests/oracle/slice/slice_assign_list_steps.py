l = list(range(10))
try:
    l[::2] = [0] * 5
    print(l)
except NotImplementedError as e:
    print("NotImplementedError", e)
l2 = list(range(5))
try:
    l2[1:4] = range(3)
except TypeError as e:
    print("TypeError", e)
l2[1:4] = list(range(3))
print(l2)
