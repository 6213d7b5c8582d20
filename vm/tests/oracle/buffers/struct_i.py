# struct code 'i': calcsize, pack and unpack in every byte order.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for o in ("", "<", ">", "!", "@"):
    print(repr(o), struct.calcsize(o + 'i'), struct.calcsize(o + "3" + 'i'), [r(lambda v: struct.pack(o + 'i', v), v) for v in [0, -1, 2**31 - 1, -(2**31)]])
    print([r(lambda v: struct.unpack(o + 'i', struct.pack(o + 'i', v)), v) for v in [0, -1, 2**31 - 1, -(2**31)]])
