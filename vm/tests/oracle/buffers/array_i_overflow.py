# array('i') truncates or refuses values out of its range, as MicroPython does.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for v in [2**31, -(2**31) - 1] + [1.5, "a", None]:
    print(repr(v), r(lambda: array.array('i', [v])), r(lambda: array.array('i', [0]).append(v)))
