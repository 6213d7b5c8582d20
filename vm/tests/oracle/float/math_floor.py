# math.floor gives ints, exactly, and refuses inf and nan.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0**52 + 0.5, 1e20, -1e20, 7, 2**70, True, float('inf'), float('nan')]:
    v = r(math.floor, x)
    print(repr(x), v, type(v).__name__)
