# math.asinh over ordinary values, its domain edges, inf and nan (12 significant digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
def g(x):
    try:
        v = math.asinh(x)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%.12g" % v if isinstance(v, float) else repr(v)
for x in [0.0, -0.0, 0.5, 1.0, -1.0, 1e300, float('inf'), float('-inf'), float('nan')]:
    print(repr(x), g(x))
print(r(math.asinh, "1"), r(math.asinh, None), r(math.asinh))
