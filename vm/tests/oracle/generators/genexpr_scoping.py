x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
ys = [1, 2]
g2 = (y for y in ys)
ys = [9]
print(list(g2))
print(list((a, b) for a in range(2) for b in range(a, 3)))
