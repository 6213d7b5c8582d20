print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted({5, 4}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([]), sorted(range(5, 0, -1)))
data = [("x", 2), ("y", 1), ("z", 2)]
print(sorted(data, key=lambda t: t[1]))
for f in (lambda: sorted([1, "a"]), lambda: sorted(5), lambda: sorted([1], cmp=None)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
