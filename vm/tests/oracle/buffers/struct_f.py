# struct code 'f': calcsize, pack and unpack in every byte order.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for o in ("", "<", ">", "!", "@"):
    print(repr(o), struct.calcsize(o + 'f'), struct.calcsize(o + "3" + 'f'), [r(lambda v: struct.pack(o + 'f', v), v) for v in [0.0, -1.5, 0.1, 1e38]])
    print([r(lambda v: struct.unpack(o + 'f', struct.pack(o + 'f', v)), v) for v in [0.0, -1.5, 0.1, 1e38]])
