# math.exp over ordinary values, its domain edges, inf and nan (12 significant digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
def g(x):
    try:
        v = math.exp(x)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%.12g" % v if isinstance(v, float) else repr(v)
for x in [0.0, 1.0, -1.0, 0.5, 10.0, 709.0, 710.0, -745.0, -746.0, float('inf'), float('-inf'), float('nan'), 3]:
    print(repr(x), g(x))
print(r(math.exp, "1"), r(math.exp, None), r(math.exp))
