# bytearray slice assignment from every source and of every length.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for src in (b"", b"Z", b"ZZZZ", bytearray(b"Q"), [1, 2], memoryview(b"mv"), array.array("B", [9])):
    b = bytearray(b"0123456")
    try:
        b[2:4] = src
        print(b)
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(b"abc")
b[5:] = b"x"; b[:0] = b"<"; b[-1:] = b">"
print(b, r(lambda: b.__setitem__(slice(0, 1), 5)))
