# float `a + b` with plain values on the left and special values on the right.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [0.0, 1.0, -1.5, 0.1, 2.5, -3.75, 100.0, 1e-3]
B = [float('inf'), float('-inf'), float('nan'), -0.0, 0.0]
op = lambda a, b: a + b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
