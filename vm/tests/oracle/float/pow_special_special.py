# float `a ** b` with special values on the left and special values on the right.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [float('inf'), float('-inf'), float('nan'), -0.0, 0.0]
B = [float('inf'), float('-inf'), float('nan'), -0.0, 0.0]
def g(v):
    if isinstance(v, float):
        return "%.12g" % v
    if isinstance(v, complex):
        return "(%.12g%+.12gj)" % (v.real, v.imag)
    return v
op = lambda a, b: g(a ** b)
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
