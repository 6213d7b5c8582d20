# keys, values, items views
d = {"x": 1}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["y"] = 2
print(len(k), sorted(k), sorted(v), sorted(i))
print("x" in k, 1 in v, ("x", 1) in i, ("x", 2) in i)
print(list(iter(k)) == list(d))
print(type(k).__name__, type(v).__name__, type(i).__name__)
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
