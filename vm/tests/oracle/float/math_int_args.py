# math functions take ints, big ints and bools wherever they take floats.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
for x in (1, 4, 2**60, 2**200, True):
    print(x, math.sqrt(x), math.floor(x), "%.12g" % math.exp(1 / x if x != 2**200 else 0), math.fabs(-x) == x, math.isfinite(x))
print(r(math.sqrt, 2**2000), r(math.sqrt, -(2**70)), r(math.exp, 2**70))
