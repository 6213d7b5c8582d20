a = [1, [2, 3]]
b = a.copy()
print(a == b, a is b, a[1] is b[1])
b[1].append(4)
b.append(5)
print(a, b)
c = a[:]
print(c == a, c is a)
try:
    a.copy(1)
except TypeError as e:
    print("TypeError", e)
