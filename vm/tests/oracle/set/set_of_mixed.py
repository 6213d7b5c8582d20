s = {1, "a", (1, 2), None, 2.5, True, frozenset()}
print(len(s), 1 in s, True in s, "a" in s, (1, 2) in s, 2.5 in s, None in s)
print(sorted(x for x in s if isinstance(x, int)))
