# struct code 'b': calcsize, pack and unpack in every byte order.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for o in ("", "<", ">", "!", "@"):
    print(repr(o), struct.calcsize(o + 'b'), struct.calcsize(o + "3" + 'b'), [r(lambda v: struct.pack(o + 'b', v), v) for v in [0, -1, 127, -128]])
    print([r(lambda v: struct.unpack(o + 'b', struct.pack(o + 'b', v)), v) for v in [0, -1, 127, -128]])
