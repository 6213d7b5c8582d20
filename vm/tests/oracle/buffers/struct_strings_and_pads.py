# struct codes s, p-free pad x and repeat counts with strings.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for f, a in [("5s", (b"abc",)), ("2s", (b"abcdef",)), ("s", (b"",)), ("0s", (b"x",)), ("3x", ()), ("<2x3s", (b"hey",)), ("5s", ("str",)), ("2sb", (b"ab", -1))]:
    p = r(struct.pack, f, *a)
    print(f, p, r(struct.unpack, f, p) if isinstance(p, bytes) else "-")
