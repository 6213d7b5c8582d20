# %-formatting with %c and plain flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [65, 'x', 0x263a, 97, 'é']:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%c', '%3c', '%-3c']])
