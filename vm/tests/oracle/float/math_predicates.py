# math.isinf, isnan and isfinite over every kind of number.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
for x in (0.0, -0.0, 1.5, float("inf"), float("-inf"), float("nan"), 1e308 * 10, 7, 2**70, True):
    print(repr(x), math.isinf(x), math.isnan(x), math.isfinite(x))
print(r(math.isinf, "inf"), r(math.isnan, None), r(math.isnan, 10**400))
