# math.sqrt over ordinary values, its domain edges, inf and nan (12 significant digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
def g(x):
    try:
        v = math.sqrt(x)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%.12g" % v if isinstance(v, float) else repr(v)
for x in [0.0, -0.0, 1.0, 2.0, 4.0, 0.25, 1e300, 5e-324, -1.0, float('inf'), float('-inf'), float('nan'), 2**70, True]:
    print(repr(x), g(x))
print(r(math.sqrt, "1"), r(math.sqrt, None), r(math.sqrt))
