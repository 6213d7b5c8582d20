words = "the quick the lazy the dog".split()
print(sorted(set(words)), len(set(words)))
print(sorted({w[0] for w in words}))
seen = set()
uniq = [w for w in words if not (w in seen or seen.add(w))]
print(uniq)
