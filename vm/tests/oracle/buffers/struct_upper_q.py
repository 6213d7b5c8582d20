# struct code 'Q': calcsize, pack and unpack in every byte order.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for o in ("", "<", ">", "!", "@"):
    print(repr(o), struct.calcsize(o + 'Q'), struct.calcsize(o + "3" + 'Q'), [r(lambda v: struct.pack(o + 'Q', v), v) for v in [0, 2**64 - 1, 2**63]])
    print([r(lambda v: struct.unpack(o + 'Q', struct.pack(o + 'Q', v)), v) for v in [0, 2**64 - 1, 2**63]])
