# array('q') truncates or refuses values out of its range, as MicroPython does.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for v in [2**63, -(2**63) - 1] + [1.5, "a", None]:
    print(repr(v), r(lambda: array.array('q', [v])), r(lambda: array.array('q', [0]).append(v)))
