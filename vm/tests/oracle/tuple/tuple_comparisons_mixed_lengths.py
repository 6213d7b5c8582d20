print((1,) < (1, 0), (1, 2) < (1, 3), (2,) > (1, 5, 6), () < (0,), (1, "a") < (1, "b"), (1, 2) == (1, 2))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print("TypeError", e)
