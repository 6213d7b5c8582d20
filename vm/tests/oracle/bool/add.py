# bool `a + b` with bools, ints and floats: which results stay bool.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [True, False]
B = [True, False, 2, -1, 0.5, 2**70]
op = lambda a, b: (a + b, type(a + b).__name__)
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
