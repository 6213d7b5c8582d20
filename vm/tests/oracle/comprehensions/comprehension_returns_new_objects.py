a = [[] for _ in range(3)]
a[0].append(1)
print(a)
b = [[]] * 3
b[0].append(1)
print(b)
