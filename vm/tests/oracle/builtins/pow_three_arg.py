print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 7), pow(-2, 5, 3), pow(5, 0, 1), pow(2, 10, -7))
print(pow(2.0, 3), pow(2, -1), pow(4, 0.5))
for args in ((2, 3, 0), (2.0, 3, 5), (2, -1, 5), (2, 3.0, 5)):
    try:
        print(pow(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
