for args in ((1, 2, 0), (1.5,), ("a", 2), (None,)):
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    range(5)[1] = 2
except TypeError as e:
    print("TypeError", e)
