# math functions refuse strings, None, complex and lists with MicroPython's messages.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import math
for f in (math.sqrt, math.sin, math.floor, math.log, math.isnan, math.exp):
    print([r(f, v) for v in ("2", None, 1j, [1], b"1")])
