d = {"a": 1, "b": 2}
d["a"] = 10
d["c"] = 3
print(list(d.items()))
d.update(b=20, d=4)
print(list(d.items()))
