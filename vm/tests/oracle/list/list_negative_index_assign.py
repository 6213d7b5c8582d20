l = [0, 1, 2, 3]
l[-1] = "last"
l[-4] = "first"
print(l)
try:
    l[-5] = 0
except IndexError as e:
    print("IndexError", e)
