d = {"a": 1, "b": 2, "c": 3}
print([k for k in d], [v for v in d.values()], [(k, v) for k, v in d.items() if v != 2])
print(sorted(x * 2 for x in {1, 2, 3}), {v: k for k, v in d.items()})
