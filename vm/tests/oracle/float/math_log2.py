# math.log2 over ordinary values, its domain edges, inf and nan (12 significant digits).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
def g(x):
    try:
        v = math.log2(x)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "%.12g" % v if isinstance(v, float) else repr(v)
for x in [1.0, 2.0, 8.0, 0.5, 1024.0, 3.0, 0.0, -1.0, float('inf'), float('nan'), 2**100]:
    print(repr(x), g(x))
print(r(math.log2, "1"), r(math.log2, None), r(math.log2))
