# to_bytes with signed=True for negative and edge values.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for n in (-1, -128, -129, 127, 128, -(2**31), 2**31 - 1, -(2**63), -(2**100)):
    print(n, [r(lambda k, o: n.to_bytes(k, o, signed=True), k, o) for k in (1, 2, 4, 8, 16) for o in ("little", "big")])
