# math.copysign takes the sign from zeros, nans and infinities.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
for a in (0.0, 1.5, -1.5, float("inf"), 7):
    print(repr(a), [math.copysign(a, b) for b in (1.0, -1.0, 0.0, -0.0, float("inf"), float("-inf"), 2, -3)])
print(r(math.copysign, "1", 1), math.isnan(math.copysign(float("nan"), -1)))
