print(dict(zip("abc", (1, 2, 3))), {k: k * 2 for k in range(3)}, dict(a=1, b=[2]))
print(dict({1: 2}), dict([(1, 2), (1, 3)]), dict(((i, i) for i in range(2))))
