# len, bool, min, max, sum, sorted of sets
s = {5, 2, 8}
print(len(s), bool(s), bool(set()), min(s), max(s), sum(s), sorted(s), sorted(s, reverse=True))
print(any({0}), all(set()), list(map(lambda x: x * 2, {1})))
