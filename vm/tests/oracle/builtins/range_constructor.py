print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0)), list(range(5, 2)))
print(range(5), range(1, 5), range(1, 5, 2), range(0, -3, -1))
for args in ((1, 2, 0), ("a",), (1.5,), ()):
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
