d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)])
d.update(e=5)
d.update({"a": 0}, f=6)
d.update()
print(sorted(d.items()))
for bad in (1, [1], [(1, 2, 3)]):
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
