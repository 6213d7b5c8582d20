# MicroPython only: dicts iterate in the order of its hash table, not insertion order
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k)
print(v)
print(it)
print(len(k), len(v), len(it))
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in it, ("a", 2) in it, "a" in it, ("z",) in it)
print(list(k), list(v), list(it))
print(tuple(k), sorted(v, reverse=True), set(k) == {"a", "b", "c"})
for key, val in d.items():
    print(key, val, end="; ")
print()
for key in d.keys():
    print(key, end=" ")
print()
print(sum(d.values()), max(d.keys()), min(d.items()))
print(list(enumerate(d.items())))
print(dict(d.items()) == d, dict(zip(d.keys(), d.values())))
# views are live
d["d"] = 4
del d["a"]
print(k, len(v), it)
d.clear()
print(k, v, it, len(k), list(it))
print({}.keys(), {}.values(), {}.items())
print({1: {2: 3}}.items(), {"x": "y"}.values())
# changing size while iterating a view is an error
e = {1: 1, 2: 2}
try:
    for x in e.keys():
        e[x + 10] = 0
except RuntimeError as ex:
    print("RuntimeError")
# nested unpacking from items
pairs = {(1, 2): "p", (3, 4): "q"}
for (x, y), name in pairs.items():
    print(x + y, name)
print([k * 2 for k in {"ab": 0}.keys()], any(v for v in {1: 0}.values()))
i = iter({"only": 1}.items())
print(next(i), next(i, "done"))
