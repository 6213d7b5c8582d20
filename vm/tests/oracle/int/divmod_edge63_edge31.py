# divmod of edge63 ints by edge31 values, every sign.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64]
B = [2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31 - 1, 2**31, -2**31, -2**31 - 1]
op = lambda a, b: divmod(a, b)
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
