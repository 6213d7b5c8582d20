# struct code 'h': calcsize, pack and unpack in every byte order.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for o in ("", "<", ">", "!", "@"):
    print(repr(o), struct.calcsize(o + 'h'), struct.calcsize(o + "3" + 'h'), [r(lambda v: struct.pack(o + 'h', v), v) for v in [0, -1, 32767, -32768]])
    print([r(lambda v: struct.unpack(o + 'h', struct.pack(o + 'h', v)), v) for v in [0, -1, 32767, -32768]])
