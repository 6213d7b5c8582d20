a, b, c = 1, 2, 3
l = [1, 2, 3]
d = {"k": 1}
del a, l[0], d["k"]
print("a" in globals(), l, d, b, c)
