# %-formatting of floats too big for a fixed point, and %d of huge floats.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in (1e20, 1e50, 1e300, -1.7976931348623157e308, 2.0**100, 1e-300):
    print([r(lambda f: f % v, f) for f in ("%f", "%.0f", "%e", "%g", "%d", "%.3g", "%20.5e")])
