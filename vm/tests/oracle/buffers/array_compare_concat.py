# Arrays compare and concatenate with arrays of other typecodes and with bytes.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
a, b, h = array.array("b", [1, 2]), array.array("B", [1, 2]), array.array("h", [1, 2])
for f in (lambda: a == b, lambda: a == h, lambda: a == [1, 2], lambda: a == b"\x01\x02", lambda: b == b"\x01\x02", lambda: a + b, lambda: a + h,
          lambda: a + b"\x03", lambda: b"\x00" + b, lambda: a < b, lambda: a != h, lambda: b in [b], lambda: 1 in a, lambda: b"\x01" in b):
    print(r(f))
