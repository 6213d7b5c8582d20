d = {"x": 1, "y": 2}
k, v, i = d.keys(), d.values(), d.items()
print(list(k), list(v), list(i))
d["z"] = 3
print(list(k), list(v), len(i))
print("x" in k, 2 in v, ("y", 2) in i, ("y", 3) in i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k, v, i)
