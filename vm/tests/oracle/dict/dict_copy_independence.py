a = {"k": [1]}
b = dict(a)
c = a.copy()
b["k2"] = 2
c["k"].append(9)
print(a, b, c)
