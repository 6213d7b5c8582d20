d = {"x": 1, "y": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
names, nums = zip(*d.items())
print(names, nums)
a, b = {"only": 1, "two": 2}.values()
print(a, b)
