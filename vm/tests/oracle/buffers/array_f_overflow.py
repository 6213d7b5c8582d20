# array('f') truncates or refuses values out of its range, as MicroPython does.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for v in [1e300, 'x'] + [1.5, "a", None]:
    print(repr(v), r(lambda: array.array('f', [v])), r(lambda: array.array('f', [0]).append(v)))
