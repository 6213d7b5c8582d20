print(2 ** 10, 2 ** -2, (-2) ** 3, (-8) ** (1 / 3) if False else 0, 0 ** 0, 10 ** 0)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 4, 5), pow(-3, 3, 7), pow(7, 0, 1))
print(2.0 ** 3, 4 ** 0.5, 2 ** 100)
for args in ((2, -1, 5), (2, 3, 0), (2.0, 2, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
