# enumerate and zip
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate([], 1)))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(3), range(3))))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
print(dict(zip("ab", [1, 2])), list(zip(*[(1, 2), (3, 4)])))
