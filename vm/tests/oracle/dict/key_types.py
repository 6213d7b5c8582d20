d = {}
d[1] = "int"
d[1.0] = "float overwrites"
d[True] = "bool overwrites"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[frozenset([1])] = "frozenset"
print(len(d), d[1], d["1"], d[(1,)], d[None], d[frozenset([1])])
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = 0
    except TypeError as e:
        print("TypeError", e)
