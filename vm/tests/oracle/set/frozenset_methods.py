f = frozenset([1, 2, 3])
print(sorted(f.union({4})), sorted(f & {1, 9}), sorted(f - {1}), f.issubset({1, 2, 3, 4}), type(f | {5}).__name__)
print(type({5} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset([3, 2, 1])))
for m in ("add", "remove", "discard", "pop", "clear", "update"):
    print(m, hasattr(f, m))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
