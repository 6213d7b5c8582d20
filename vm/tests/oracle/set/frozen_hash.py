# frozensets are hashable and immutable
f = frozenset([1, 2])
d = {f: "x"}
print(d[frozenset([2, 1])], hash(f) == hash(frozenset([1, 2])))
print({frozenset(), frozenset()}, len({f, frozenset([1, 2])}))
for name in ("add", "remove", "update"):
    print(name, hasattr(f, name))
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
print(f.union([3]), type(f.copy()).__name__)
