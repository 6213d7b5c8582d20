d = {"a": [1]}
c = d.copy()
c["a"].append(2)
c["b"] = 0
print(d, c)
c.clear()
print(c, len(c))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
f = dict.fromkeys("xy", [])
f["x"].append(1)
print(f)
