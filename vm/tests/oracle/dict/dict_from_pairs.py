# dicts from pairs of many shapes
print(dict([("a", 1), ["b", 2], "cd"]), dict(((1, 2),)), dict(zip(range(3), "xyz")))
print(dict([(1, "first"), (1, "second")]), dict(a=1, **{"b": 2}))
