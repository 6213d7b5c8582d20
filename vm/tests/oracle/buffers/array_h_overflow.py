# array('h') truncates or refuses values out of its range, as MicroPython does.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for v in [32768, -32769] + [1.5, "a", None]:
    print(repr(v), r(lambda: array.array('h', [v])), r(lambda: array.array('h', [0]).append(v)))
