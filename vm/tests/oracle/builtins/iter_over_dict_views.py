d = {"a": 1, "b": 2}
for view in (d.keys(), d.values(), d.items()):
    it = iter(view)
    print(next(it), list(it))
