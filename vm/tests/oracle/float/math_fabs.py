# math.fabs over ordinary values, its domain edges, inf and nan (12 significant digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
def g(x):
    try:
        v = math.fabs(x)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%.12g" % v if isinstance(v, float) else repr(v)
for x in [0.0, -0.0, 1.5, -1.5, float('inf'), float('-inf'), float('nan'), -7, 2**70, True]:
    print(repr(x), g(x))
print(r(math.fabs, "1"), r(math.fabs, None), r(math.fabs))
