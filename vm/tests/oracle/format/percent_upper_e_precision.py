# %-formatting with %E and precision flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%.0E', '%.1E', '%.3E', '%10.2E', '%-10.3E', '%010.4E', '%+.2E', '%.10E']])
