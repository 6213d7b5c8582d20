# pack_into and unpack_from with offsets, negative offsets and short buffers.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
b = bytearray(12)
struct.pack_into("<hi", b, 2, -2, 0x01020304)
print(b, struct.unpack_from("<hi", b, 2), struct.unpack_from("<h", b), struct.unpack_from("<i", b, -4))
print(r(struct.pack_into, "<i", b, 10, 1), r(struct.unpack_from, "<i", b, 10), r(struct.pack_into, "<b", bytes(4), 0, 1), r(struct.unpack_from, "<q", b, -20))
