l = list(range(10))
del l[7:]
print(l)
del l[:2]
print(l)
del l[1:-1]
print(l)
del l[:]
print(l)
m = [1, 2, 3]
del m[5:10]
print(m)
