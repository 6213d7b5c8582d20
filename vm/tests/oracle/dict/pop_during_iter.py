# deleting during iteration over a copy of the keys
d = {i: i * i for i in range(8)}
for k in list(d.keys()):
    if k % 3 == 0:
        d.pop(k)
print(d, len(d))
while d:
    k, v = d.popitem()
    print(k, v, end="; ")
print()
