# math.log over ordinary values, its domain edges, inf and nan (12 significant digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
def g(x):
    try:
        v = math.log(x)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%.12g" % v if isinstance(v, float) else repr(v)
for x in [1.0, 2.718281828459045, 10.0, 0.5, 1e-300, 1e300, 0.0, -0.0, -1.0, float('inf'), float('-inf'), float('nan'), 2**100, 10**400]:
    print(repr(x), g(x))
print(r(math.log, "1"), r(math.log, None), r(math.log))
