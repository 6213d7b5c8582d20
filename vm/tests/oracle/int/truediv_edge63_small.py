# int `a / b` with edge63 ints on the left and small ints on the right.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64]
B = [0, 1, -1, 2, -3, 7, -8, 100, 255, -256]
op = lambda a, b: a / b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
