# hash of small ints, bools and floats equal to them agree.
for n in (0, 1, -1, 2, 1000, -1000, 2**29, -(2**29)):
    print(n, hash(n) == n, hash(n) == hash(float(n)))
print(hash(True), hash(False), hash(True) == hash(1))
print({1: "a", 1.0: "b", True: "c"}, {0, 0.0, False}, len({2**70, float(2**70)}))
