d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("a", 9), d.setdefault("c", []), d.setdefault("z"))
print(d)
d.setdefault("c", []).append(1)
print(d["c"])
try:
    d.get()
except TypeError as e:
    print("TypeError", e)
