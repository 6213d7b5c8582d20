text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(sorted(groups.items()))
