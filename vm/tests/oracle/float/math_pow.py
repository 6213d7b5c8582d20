# math.pow against the ** operator, including its errors.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
for a, b in [(2, 10), (2.0, -1), (0.0, -1.0), (-8.0, 1 / 3), (-2.0, 3), (1.0, float("nan")), (float("nan"), 0),
             (10.0, 400), (-1.0, float("inf")), (0.0, 0.0), (2**70, 0.5), (4, 0.5)]:
    print(a, b, r(math.pow, a, b))
