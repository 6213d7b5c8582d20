a, b, c, d = 1, 2, 3, 4
a, b, c, d = d, c, b, a
print(a, b, c, d)
t = tuple(range(5))
first, *middle, last = t
print(first, middle, last)
