# Floats equal to ints hash like the ints; a float and its int are one dict key.
for x in (0.0, -0.0, 1.0, -1.0, 12.0, -12.0, 2.0**30, 1e10, 2.0**62):
    print(repr(x), hash(x) == hash(int(x)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {0.5: 1, 0.5: 2}, len({0.0, -0.0}), 0.5 in {0.5}, 2.0 in {2})
