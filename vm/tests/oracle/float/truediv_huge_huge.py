# float `a / b` with huge values on the left and huge values on the right.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [1e300, -1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308]
B = [1e300, -1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308]
op = lambda a, b: a / b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
