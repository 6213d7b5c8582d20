# int `a / b` with floats on either side.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [0, 3, -7, 2**53 + 1, 10**20, True]
B = [0.5, -2.0, 1e10, 3.25, -0.0]
op = lambda a, b: a / b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
