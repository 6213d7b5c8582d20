# struct code 'B': calcsize, pack and unpack in every byte order.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for o in ("", "<", ">", "!", "@"):
    print(repr(o), struct.calcsize(o + 'B'), struct.calcsize(o + "3" + 'B'), [r(lambda v: struct.pack(o + 'B', v), v) for v in [0, 255, 128]])
    print([r(lambda v: struct.unpack(o + 'B', struct.pack(o + 'B', v)), v) for v in [0, 255, 128]])
