d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("x", "dflt"), d)
try:
    d.pop("x")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
