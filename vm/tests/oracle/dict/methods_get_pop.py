# get, pop, popitem, setdefault
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.pop("a"), d.pop("z", "dflt"), d)
try:
    d.pop("z")
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("b", 9), d.setdefault("c", 3), d.setdefault("d"), d)
e = {1: 2}
print(e.popitem(), e)
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
