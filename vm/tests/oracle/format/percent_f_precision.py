# %-formatting with %f and precision flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float('inf'), float('-inf'), float('nan')] + [7, 2**70]:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%.0f', '%.1f', '%.3f', '%10.2f', '%-10.3f', '%010.4f', '%+.2f', '%.10f']])
