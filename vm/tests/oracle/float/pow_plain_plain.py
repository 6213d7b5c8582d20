# float `a ** b` with plain values on the left and plain values on the right.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [0.0, 1.0, -1.5, 0.1, 2.5, -3.75, 100.0, 1e-3]
B = [0.0, 1.0, -1.5, 0.1, 2.5, -3.75, 100.0, 1e-3]
def g(v):
    if isinstance(v, float):
        return "%.12g" % v
    if isinstance(v, complex):
        return "(%.12g%+.12gj)" % (v.real, v.imag)
    return v
op = lambda a, b: g(a ** b)
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
