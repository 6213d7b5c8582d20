# struct code 'I': calcsize, pack and unpack in every byte order.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for o in ("", "<", ">", "!", "@"):
    print(repr(o), struct.calcsize(o + 'I'), struct.calcsize(o + "3" + 'I'), [r(lambda v: struct.pack(o + 'I', v), v) for v in [0, 2**32 - 1]])
    print([r(lambda v: struct.unpack(o + 'I', struct.pack(o + 'I', v)), v) for v in [0, 2**32 - 1]])
