# %-formatting with %g and plain flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float('inf'), float('-inf'), float('nan')] + [123456789.0, 0.0001, 0.00001]:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%g', '%5g', '%-5g', '%05g', '%+g', '% g', '%#g']])
