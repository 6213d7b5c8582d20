# math.factorial of small and large ints, and what it refuses.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
print([math.factorial(n) for n in range(13)])
print(math.factorial(25), math.factorial(52), len(str(math.factorial(200))))
for v in (-1, 1.0, 5.5, "5", True):
    print(repr(v), r(math.factorial, v))
