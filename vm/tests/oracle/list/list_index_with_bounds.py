l = [5, 3, 5, 1, 5]
print(l.index(5), l.index(5, 1), l.index(5, 3), l.index(5, -1), l.index(3, 0, 2))
try:
    l.index(5, 5)
except ValueError as e:
    print("ValueError", e)
