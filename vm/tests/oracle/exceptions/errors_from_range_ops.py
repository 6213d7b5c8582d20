for f in (lambda: range(3)[5], lambda: range(0, 1, 0), lambda: range("a"), lambda: range(3) + range(2), lambda: range(1.5)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
