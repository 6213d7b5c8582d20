# array() refuses unknown typecodes and bad initialisers.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for args in [("z",), ("",), ("bb",), (1,), ("i", 5), ("i", "abc"), ("i", [1, "a"]), ("f", [1, 2]), ("d", (x / 2 for x in range(3))), ("u", "x"), ("O", [1]), ("i", [1], 2)]:
    print([type(a).__name__ for a in args], r(array.array, *args))
