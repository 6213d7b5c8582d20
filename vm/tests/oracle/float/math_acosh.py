# math.acosh over ordinary values, its domain edges, inf and nan (12 significant digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
def g(x):
    try:
        v = math.acosh(x)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%.12g" % v if isinstance(v, float) else repr(v)
for x in [1.0, 1.5, 2.0, 10.0, 1e300, 0.5, 0.0, -1.0, float('inf'), float('nan')]:
    print(repr(x), g(x))
print(r(math.acosh, "1"), r(math.acosh, None), r(math.acosh))
