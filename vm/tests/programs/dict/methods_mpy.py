# MicroPython only: dicts iterate in the order of its hash table, not insertion order
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("a", 9), d.setdefault("c"), d.setdefault("d", []), d)
d["d"].append(1)
print(d)
print(d.pop("c"), d.pop("zz", "dflt"), d.pop("d"), d)
d.update({"x": 10})
d.update([("y", 20), ("z", 30)])
d.update(a=100, w=0)
d.update({"b": 3}, b=4)
d.update()
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
c.clear()
print(c, len(c), d)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []))
print({}.fromkeys((1, 2), "v"))
fk = dict.fromkeys("ab", [])
fk["a"].append(1)
print(fk)
# keys of several types
m = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(m[1], m[2.5], m[(1, 2)], m[None], len(m))
print(m.get(1.0), m.get((1, 2)), m.pop(2.5), 2.5 in m)
print({1: "a", 1.0: "b", True: "c"})
# insertion order is kept through deletes and re-inserts
o = {}
for k in "hello world":
    o[k] = o.get(k, 0) + 1
print(o)
del o["l"]
o["l"] = 0
print(list(o), o.popitem())
# get/pop/setdefault via the class
print(dict.get(d, "a"), dict.pop(d, "a"), dict.setdefault(d, "q", 5), d)
# dict() constructor forms
print(dict(), dict(a=1), dict([(1, 2)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", [1, 2])))
print(dict(((i, i * i) for i in range(4))))
# equality and copy independence
p = {"a": [1]}
q = p.copy()
q["a"].append(2)
print(p == q, p is q, {1: 2} == {1: 2.0}, {1: 2} != {1: 3})
# membership
print("q" in d, "nope" in d, 5 in d.values())
