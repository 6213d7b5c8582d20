d = {"b": 2, "a": 3, "c": 1}
print(sorted(d), sorted(d.values()), sorted(d.items()), sorted(d, key=d.get), sorted(d.items(), key=lambda kv: -kv[1]))
