# int ** float and float ** int.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [0, 2, -2, 10, 2**70]
B = [0.5, -0.5, 2.0, -1.0, 0.0]
def g(v):
    if isinstance(v, float):
        return "%.12g" % v
    if isinstance(v, complex):
        return "(%.12g%+.12gj)" % (v.real, v.imag)
    return v
op = lambda a, b: g(a ** b)
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
