a = {1, 2, 3, 4}
b = {3, 4, 5}
def show(x):
    print(type(x).__name__, sorted(x))

show(a.union(b))
show(a.union(range(11, 13)))
show(a.intersection(b))
show(a.intersection([2, 3]))
show(a.difference(b))
show(a.difference([1], [2]))
show(a.symmetric_difference(b))
show(a.symmetric_difference([4, 8]))
show(a | b)
show(a & b)
show(a - b)
show(a ^ b)
print(sorted(a), sorted(b))
print(a.issubset({1, 2, 3, 4, 5}), a.issubset(b), {1}.issubset([1, 2]), set().issubset(a))
print(a.issuperset({1, 2}), a.issuperset([1, 9]), a.issuperset(set()), a.issuperset(a))
print(a.isdisjoint({7, 8}), a.isdisjoint([4]), set().isdisjoint(set()))
print(a <= a, a < a, {1} < a, a > {1}, a >= {9})
c = {1, 2, 3}
c.intersection_update({2, 3, 4})
print(sorted(c))
c = {1, 2, 3}
c.intersection_update([2])
print(sorted(c))
c = {1, 2, 3}
c.difference_update([1], {3})
print(sorted(c))
c = {1, 2, 3}
c.symmetric_difference_update([3, 4])
print(sorted(c))
c = {1, 2}
c |= {3}
c &= {1, 3}
c -= {1}
c ^= {5}
print(sorted(c))
# frozenset: hashable, immutable, same algebra
f = frozenset([1, 2, 3])
g = frozenset("ab")
show(f.union([4]))
print(sorted(f.intersection({2, 9})))  # (a set on a board, a frozenset in CPython)
show(f.difference([1]))
show(f.symmetric_difference({3, 4}))
show(f | {7})
show({7} | f)
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint(g), f.copy() == f)
print(len(f), 2 in f, hash(f) == hash(frozenset([3, 2, 1])), f == {1, 2, 3})
d = {f: "frozen", g: "ab"}
print(d[frozenset([1, 2, 3])], d[frozenset("ba")])
print(frozenset(), frozenset([]) == set(), sorted(frozenset({5, 4})))
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested))
