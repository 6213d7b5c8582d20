for f in (lambda: 1 / 0, lambda: 10.0 ** 1000, lambda: 1 % 0):
    try:
        f()
    except ArithmeticError as e:
        print(type(e).__name__, isinstance(e, ArithmeticError), e)
