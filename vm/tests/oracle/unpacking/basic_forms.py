a, b = 1, 2
(c, d) = [3, 4]
[e, f] = "ef"
g, = [7]
h, (i, j) = 1, (2, 3)
print(a, b, c, d, e, f, g, h, i, j)
k, l = {"x": 1, "y": 2}
print(k, l)
m, n = range(2)
o, p = b"op"
print(m, n, o, p)
