l = [1, 2, 3, 2, 1, 2]
print(l.index(2), l.index(2, 2), l.index(2, 4), l.index(1, -2), l.count(2), l.count(9), l.count(1))
for args in ((9,), (3, 3), (1, 1, 4), (2, 0, 1)):
    try:
        print(l.index(*args))
    except ValueError as e:
        print("ValueError", e)
print([[1], [1]].count([1]), [1.0, 1].count(1), ["a"].index("a"))
