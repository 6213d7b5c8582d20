a = [1, 2]
b = a
a.clear()
print(b)
a = [3]
print(b, a)
