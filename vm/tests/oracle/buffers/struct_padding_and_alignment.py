# Native alignment inserts padding; standard sizes do not.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import struct
for f in ("bi", "<bi", "bh", "hb", "bq", "<bq", "bbbbi", "ibh", "@id", "=id", "b0i", "3s2h", "?H", "xHx", "e"):
    print(f, r(struct.calcsize, f), r(lambda: len(struct.pack(f, *([1] * sum(1 for ch in f if ch.isalpha() and ch not in "sx"))))))
