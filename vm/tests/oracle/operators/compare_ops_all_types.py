pairs = [(1, 2), (2.5, 2.5), ("a", "b"), (b"b", b"a"), ((1, 2), (1, 3)), ([2], [1, 9]), (True, 0)]
for a, b in pairs:
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print({1} < {1, 2}, {1} <= {1}, {1, 2} > {2}, {1} >= {2}, frozenset([1]) == {1})
