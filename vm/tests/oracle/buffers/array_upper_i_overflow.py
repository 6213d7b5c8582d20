# array('I') truncates or refuses values out of its range, as MicroPython does.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for v in [2**32, -1] + [1.5, "a", None]:
    print(repr(v), r(lambda: array.array('I', [v])), r(lambda: array.array('I', [0]).append(v)))
