# math.frexp and math.ldexp round-trip, with their edges.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
for x in (0.0, -0.0, 1.0, 0.5, -3.0, 1e300, 5e-324, 2.2250738585072014e-308, 1e-310, float("inf"), float("-inf"), 7):
    m, e = math.frexp(x)
    print(repr(x), repr(m), e, math.ldexp(m, e) == x)
print(math.isnan(math.frexp(float("nan"))[0]))
for m, e in [(1.0, 1024), (1.0, 1023), (1.0, -1074), (1.0, -1075), (0.5, 2**31), (-1.0, -(2**31)), (1, 2), (0.0, 5000)]:
    print(m, e, r(math.ldexp, m, e))
print(r(math.ldexp, 1.0, 1.5), r(math.ldexp, "1", 1))
