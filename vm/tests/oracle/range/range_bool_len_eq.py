print(bool(range(0)), bool(range(1)), len(range(3, 3)), range(0) == range(1, 1), range(1, 3) == range(1, 3, 1))
print(range(0, 3, 2) == range(0, 4, 2), range(0, 5, 10) == range(0, 1))
