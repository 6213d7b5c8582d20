d = {i: i for i in range(4)}
for k in list(d.keys()):
    if k % 2:
        d.pop(k)
    else:
        d[k * 10] = k
print(sorted(d.items()))
