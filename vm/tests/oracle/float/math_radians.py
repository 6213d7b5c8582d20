# math.radians over ordinary values, its domain edges, inf and nan (12 significant digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
def g(x):
    try:
        v = math.radians(x)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%.12g" % v if isinstance(v, float) else repr(v)
for x in [0.0, 1.0, -1.0, 180.0, 360.0, 1e308, float('inf'), float('nan'), 90]:
    print(repr(x), g(x))
print(r(math.radians, "1"), r(math.radians, None), r(math.radians))
