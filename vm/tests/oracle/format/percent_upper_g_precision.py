# %-formatting with %G and precision flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float('inf'), float('-inf'), float('nan')] + [1e-10]:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%.0G', '%.1G', '%.3G', '%10.2G', '%-10.3G', '%010.4G', '%+.2G', '%.10G']])
