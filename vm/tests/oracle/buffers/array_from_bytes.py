# array() built from bytes, bytearray and another array reads the raw items.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for c in "bBhHiIqQfd":
    print(c, r(lambda: array.array(c, b"\x01\x02\x03\x04\x05\x06\x07\x08")), r(lambda: array.array(c, bytearray(4))), r(lambda: array.array(c, b"\x01")))
