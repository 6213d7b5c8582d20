# sets remove duplicates
vals = [3, 1, 3, 2, 1, 3]
print(len(set(vals)), sorted(set(vals)), sorted(set("mississippi")))
seen = set()
out = []
for v in vals:
    if v not in seen:
        seen.add(v)
        out.append(v)
print(out)
