data = {"a": [{"b": (1, 2, {"c": "deep"})}]}
print(data["a"][0]["b"][2]["c"], data["a"][-1]["b"][:2])
fs = {"double": lambda v: v * 2, "neg": lambda v: -v}
print(fs["double"](fs["neg"](4)), [fs[k](3) for k in sorted(fs)])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1], [r[1] for r in m], m[0][1:][0])
