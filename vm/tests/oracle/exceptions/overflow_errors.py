import math
for f in (lambda: int(float("inf")), lambda: int(float("nan")), lambda: 10.0 ** 400, lambda: math.exp(1000), lambda: float(10 ** 400)):
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
