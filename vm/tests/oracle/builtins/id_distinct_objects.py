a = [[] for _ in range(3)]
ids = set(id(x) for x in a)
print(len(ids))
b = a[0]
print(id(b) == id(a[0]))
