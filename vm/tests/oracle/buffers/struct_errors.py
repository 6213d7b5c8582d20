# struct refuses bad formats, wrong counts, out-of-range values and short buffers.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for f in (lambda: struct.pack("b", 200), lambda: struct.pack("B", -1), lambda: struct.pack("i"), lambda: struct.pack("i", 1, 2), lambda: struct.pack("i", 1.5),
          lambda: struct.pack("z", 1), lambda: struct.unpack("i", b"\x00"), lambda: struct.unpack("b", b"\x00\x00"), lambda: struct.calcsize("y"),
          lambda: struct.pack("f", "x"), lambda: struct.pack("?", None), lambda: struct.unpack("i", "abcd"), lambda: struct.pack("<Q", 2**64), lambda: struct.pack("h", 2**70)):
    print(r(f))
