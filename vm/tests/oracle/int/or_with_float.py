# int `a | b` refuses floats.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [1, 2**70, True]
B = [1.0, 0.5, -0.0]
op = lambda a, b: a | b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
