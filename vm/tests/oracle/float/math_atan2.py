# math.atan2 in every quadrant and on the axes with signed zeros (12 digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
inf = float("inf")
for y in (0.0, -0.0, 1.0, -1.0, inf, -inf):
    print(repr(y), ["%.12g" % math.atan2(y, x) for x in (0.0, -0.0, 1.0, -1.0, inf, -inf)])
print(math.isnan(math.atan2(float("nan"), 1)), r(math.atan2, 1), r(math.atan2, "1", 1))
