# comprehensions over nested and generated data
m = [[1, 2, 3], [4, 5, 6]]
print([r[i] for r in m for i in range(len(r)) if i != 1], [[r[i] for r in m] for i in range(3)])
print(sum([sum(r) for r in m]), [v for r in m for v in r][::-1])
print([(w, len(w)) for w in "the quick brown fox".split() if len(w) > 3])
print([i for i in (j * 2 for j in range(4))])
