print(list(range(10, 0, -2)), list(range(0, -10, -3)), list(range(5, 5, -1)), len(range(0, -100, -7)))
print(range(10, 0, -2)[1], range(10, 0, -2)[-1])
