l = [1, 2, 3, 4]
out = []
for v in l:
    out.append(v)
    if v == 2:
        l.append(99)
    if len(l) > 6:
        break
print(out, l)
m = [1, 2, 3, 4]
for v in m:
    if v % 2 == 0:
        m.remove(v)
print(m)
