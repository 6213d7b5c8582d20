print(max("hello"), min("hello"), max(["b", "a", "c"]), min([2.5, 1, 3]), max(1, 2.0), min(True, 2))
print(max([[1, 2], [1, 3]]), min(((2,), (1, 9))), max({3: "a", 7: "b"}), min({5, 2, 8}))
