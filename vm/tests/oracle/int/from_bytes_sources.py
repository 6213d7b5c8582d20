# from_bytes reads bytearrays, memoryviews and arrays, and refuses what is not a buffer.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for src in (bytearray(b"\x01\x02"), memoryview(b"\x03\x04"), array.array("B", [5, 6]), array.array("H", [1, 2]), [1, 2], "ab", 7):
    print(r(int.from_bytes, src, "big"), r(int.from_bytes, src, "little"))
print(r(int.from_bytes, b"\x01", "middle"), r(int.from_bytes, b"\x01"))
