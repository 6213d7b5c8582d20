# to_bytes of small and big ints in both byte orders.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for n in (0, 1, 255, 256, 65535, 2**31, 2**63 - 1, 2**64 - 1, 2**100):
    print(n, [r(n.to_bytes, k, o) for k in (1, 2, 4, 8, 16) for o in ("little", "big")])
