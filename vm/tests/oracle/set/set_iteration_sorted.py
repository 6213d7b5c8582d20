s = {5, 3, 9, 1}
print(sorted(s), sum(s), min(s), max(s), len(s))
total = 0
for v in s:
    total += v
print(total)
