print(range(3) == range(3), range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2) != range(1, 3))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), str(range(-1, -10, -2)))
print(hash(range(3)) == hash(range(3)) if False else "skip hash")
