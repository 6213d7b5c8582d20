a = {1, 2, 3}
f = frozenset({2, 3, 4})
print(sorted(a | f), sorted(a & f), sorted(a - f), sorted(a ^ f), type(a | f).__name__, type(f | a).__name__)
print(a <= {1, 2, 3, 4}, f >= {2}, a == {3, 2, 1}, f == frozenset([4, 3, 2]))
