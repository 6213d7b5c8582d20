# int `a + b` with big ints on the left and small ints on the right.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [10**20, -10**20, 2**100 + 1, -(3**70), 12345678901234567890123, -98765432109876543210]
B = [0, 1, -1, 2, -3, 7, -8, 100, 255, -256]
op = lambda a, b: a + b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
