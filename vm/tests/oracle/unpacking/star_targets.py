a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(6)
*h, = (1, 2)
i, *j = [0]
print(a, b, c, d, e, f, g, h, i, j)
[k, *l] = {1: 0, 2: 0, 3: 0}
print(k, l)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
