fs = frozenset([1, 2])
s = {fs, frozenset([1, 2]), frozenset()}
print(len(s), fs in s, frozenset([2, 1]) in s)
