# subset, superset, disjoint and comparisons
a, b = {1, 2}, {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a == {2, 1}, a != b)
print(a.issubset(b), b.issuperset(a), a.issubset([1, 2]), a.isdisjoint({5}), a.isdisjoint([2]))
print({1} == frozenset([1]), frozenset([1]) < {1, 2})
print(set() <= set(), set() < set())
