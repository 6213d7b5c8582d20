# to_bytes refuses negative ints unsigned, bad orders and bad lengths.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for f in (lambda: (-1).to_bytes(4, "little"), lambda: (1).to_bytes(4, "middle"), lambda: (1).to_bytes(-1, "big"),
          lambda: (1).to_bytes(1.0, "big"), lambda: (256).to_bytes(1, "big"), lambda: (2**70).to_bytes(4, "little"),
          lambda: (1).to_bytes(0, "big"), lambda: (0).to_bytes(0, "big"), lambda: (1).to_bytes()):
    print(r(f))
