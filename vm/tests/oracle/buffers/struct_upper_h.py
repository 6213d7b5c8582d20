# struct code 'H': calcsize, pack and unpack in every byte order.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for o in ("", "<", ">", "!", "@"):
    print(repr(o), struct.calcsize(o + 'H'), struct.calcsize(o + "3" + 'H'), [r(lambda v: struct.pack(o + 'H', v), v) for v in [0, 65535, 256]])
    print([r(lambda v: struct.unpack(o + 'H', struct.pack(o + 'H', v)), v) for v in [0, 65535, 256]])
