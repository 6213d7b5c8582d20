l = []
for i, pos in enumerate([0, 0, 1, -1, 10, -10]):
    l.insert(pos, i)
print(l)
