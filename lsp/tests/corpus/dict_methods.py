d = dict(a=1)
d.setdefault("b", 2)
d.update({"c": 3})
print(sorted(d.items()), d.pop("a"), d.get("z"))
