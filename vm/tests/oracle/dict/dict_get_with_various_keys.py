d = {1: "one", "1": "str one", (1,): "tuple one", None: "none", 2.5: "float"}
for k in (1, "1", (1,), None, 2.5, True, 1.0, 99):
    print(repr(k), d.get(k, "missing"))
