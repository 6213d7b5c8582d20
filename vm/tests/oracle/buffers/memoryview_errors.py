# memoryview of what is not a buffer, and operations a view does not have.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for v in ("str", 5, [1], None, 1.5):
    print(repr(v), r(memoryview, v))
m = memoryview(b"ab")
print(r(lambda: m + m), r(lambda: m == b"ab"), r(lambda: hash(m)), r(lambda: m.hex()), r(lambda: len(m)), r(lambda: m.nope))
