# %-formatting with %d and plain flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0, 7, -7, 255, -256, 2**31, -(2**63), 10**20, True] + [3.99, -3.99]:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%d', '%5d', '%-5d', '%05d', '%+d', '% d', '%#d']])
