a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
l = [10, 20]
i, l[i] = 1, 99
print(i, l)
(p, q), r = "ab", "c"
print(p, q, r)
[m, n] = 3, 4
print(m, n)
