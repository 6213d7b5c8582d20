# counting with dicts
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print(sorted(by_len.items()))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
