# math.isclose with default and given tolerances.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
for a, b in [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0001), (0.0, 1e-10), (float("inf"), float("inf")), (float("nan"), float("nan")), (1, 1.0), (-0.0, 0.0)]:
    print(a, b, math.isclose(a, b), r(lambda: math.isclose(a, b, rel_tol=1e-3)), r(lambda: math.isclose(a, b, abs_tol=1e-9)))
print(r(lambda: math.isclose(1, 2, rel_tol=-1)), r(math.isclose, 1), r(lambda: math.isclose(1, 1, 1e-3)))
