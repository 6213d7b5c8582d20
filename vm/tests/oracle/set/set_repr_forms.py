print(set(), {1}, frozenset(), frozenset({2}))
print(repr({"a"}), str({(1, 2)}))
s = {5}
print(s, [s], {1: s})
