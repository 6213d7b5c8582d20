# %-formatting with %x and precision flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0, 7, -7, 255, -256, 2**31, -(2**63), 10**20, True]:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%.0x', '%.1x', '%.3x', '%10.2x', '%-10.3x', '%010.4x', '%+.2x', '%.10x']])
