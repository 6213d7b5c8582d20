for f in (lambda: (1,).index(2), lambda: (1, 2)[5], lambda: (1,) + 1, lambda: tuple(5), lambda: (1,).count()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
