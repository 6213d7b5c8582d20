# math.degrees over ordinary values, its domain edges, inf and nan (12 significant digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
def g(x):
    try:
        v = math.degrees(x)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%.12g" % v if isinstance(v, float) else repr(v)
for x in [0.0, 1.0, -1.0, 3.141592653589793, 1e308, float('inf'), float('nan'), 2]:
    print(repr(x), g(x))
print(r(math.degrees, "1"), r(math.degrees, None), r(math.degrees))
