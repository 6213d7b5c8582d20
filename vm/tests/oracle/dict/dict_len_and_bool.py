d = {}
print(len(d), bool(d), not d)
d[0] = 0
print(len(d), bool(d))
del d[0]
print(len(d), bool(d), d == {})
