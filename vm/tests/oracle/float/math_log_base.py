# math.log with a base argument, and its errors.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
for x, b in [(8, 2), (100, 10), (1, 5), (2, 0.5), (27.0, 3), (2**100, 2), (10, 1), (0, 2), (2, 0), (2, -1), (-8, 2), (10**400, 10)]:
    v = r(math.log, x, b)
    print(x, b, "%.12g" % v if isinstance(v, float) else v)
print(r(math.log, 10, 2, 3))
