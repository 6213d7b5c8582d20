# Negative and non-int shift counts, and shifting floats.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [1, -1, 2**70, 0]
B = [-1, -100, 1.0, None, True]
op = lambda a, b: (a << b, a >> b)
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
