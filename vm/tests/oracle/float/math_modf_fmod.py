# math.modf and math.fmod with signs, zeros and specials.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
for x in (0.0, -0.0, 2.5, -2.5, 1e20, 5e-324, float("inf"), float("-inf"), 3):
    print(repr(x), math.modf(x))
for a in (5.5, -5.5, 0.0, -0.0, 1e300, float("inf"), float("nan")):
    print(repr(a), [r(math.fmod, a, b) for b in (2.0, -2.0, 0.0, float("inf"), float("nan"), 3)])
