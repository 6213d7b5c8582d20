# len follows inserts, updates and deletes
d = {}
sizes = []
for i in range(20):
    d[i % 7] = i
    sizes.append(len(d))
print(sizes)
for k in range(0, 7, 2):
    del d[k]
print(len(d), sorted(d))
d.clear()
print(len(d), d)
