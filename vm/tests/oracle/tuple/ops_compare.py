print((1, 2) + (3,), (1,) * 3, () * 5, 2 * (0,), (1, 2) == (1, 2), (1, 2) < (1, 2, 0), (2,) > (1, 9), () == ())
print((1, "a") < (1, "b"), (1, 2) != (1, 2.0), len((1, (2, 3))), (1, 2)[::-1] if False else (1, 2)[:1])
for f in (lambda: (1,) + [2], lambda: (1,) < 1, lambda: (1,) * (2,)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
