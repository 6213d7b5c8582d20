d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
e = {k: [] for k in "ab"}
e["a"].append(1)
print(e)
