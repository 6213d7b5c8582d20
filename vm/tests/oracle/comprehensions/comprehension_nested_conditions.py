print([(x, y) for x in range(4) if x % 2 == 0 for y in range(x) if y != 1])
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
print([[c for c in w if c.isupper()] for w in ["AbC", "def", "GHi"]])
