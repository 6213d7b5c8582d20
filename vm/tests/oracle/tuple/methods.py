# tuple.count and tuple.index
t = (1, 2, 1, 3, 1, "1")
print(t.count(1), t.count("1"), t.count(9), t.count(True))
print(t.index(1), t.index(3), t.index(1, 1), t.index(1, 3), t.index(1, -2))
for args in ((9,), (1, 5), (3, 0, 3)):
    try:
        print(t.index(*args))
    except ValueError as e:
        print("ValueError", e)
print(tuple.count((1, 1), 1), tuple.index(("a", "b"), "b"))
