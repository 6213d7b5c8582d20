# struct code 'q': calcsize, pack and unpack in every byte order.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for o in ("", "<", ">", "!", "@"):
    print(repr(o), struct.calcsize(o + 'q'), struct.calcsize(o + "3" + 'q'), [r(lambda v: struct.pack(o + 'q', v), v) for v in [0, -1, 2**63 - 1, -(2**63)]])
    print([r(lambda v: struct.unpack(o + 'q', struct.pack(o + 'q', v)), v) for v in [0, -1, 2**63 - 1, -(2**63)]])
