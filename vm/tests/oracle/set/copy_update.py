# copy is shallow and independent
a = {1, (2, 3)}
b = a.copy()
b.add(4)
print(len(a), len(b), b is a, a == {1, (2, 3)})
print(set.copy({5}), set.union({1}, {2}), set.add)
