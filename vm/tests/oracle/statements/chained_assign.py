# chained and starred assignment
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)
(p, q), [r, s] = "ab", (1, 2)
print(p, q, r, s)
first, *middle, last = range(6)
print(first, middle, last)
