# math.log10 over ordinary values, its domain edges, inf and nan (12 significant digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
def g(x):
    try:
        v = math.log10(x)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%.12g" % v if isinstance(v, float) else repr(v)
for x in [1.0, 10.0, 100.0, 1e-5, 0.5, 1e300, 0.0, -1.0, float('inf'), float('nan'), 10**20]:
    print(repr(x), g(x))
print(r(math.log10, "1"), r(math.log10, None), r(math.log10))
