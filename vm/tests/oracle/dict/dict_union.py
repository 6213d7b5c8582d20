# merging dicts without the | operator
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
m = dict(a)
m.update(b)
print(sorted(m.items()))
m2 = {}
for d in (b, a):
    m2.update(d)
print(sorted(m2.items()))
