# %-formatting with %e and precision flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float('inf'), float('-inf'), float('nan')] + [7]:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%.0e', '%.1e', '%.3e', '%10.2e', '%-10.3e', '%010.4e', '%+.2e', '%.10e']])
