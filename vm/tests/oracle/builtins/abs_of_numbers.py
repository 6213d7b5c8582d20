print(abs(-5), abs(5.5), abs(-0.0), abs(-2 ** 70), abs(False), type(abs(-2)).__name__, type(abs(-2.0)).__name__)
