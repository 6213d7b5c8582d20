# %-formatting with %X and precision flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0, 7, -7, 255, -256, 2**31, -(2**63), 10**20, True]:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%.0X', '%.1X', '%.3X', '%10.2X', '%-10.3X', '%010.4X', '%+.2X', '%.10X']])
