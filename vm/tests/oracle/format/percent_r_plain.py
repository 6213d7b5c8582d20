# %-formatting with %r and plain flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in ['', 'abc', 'it\'s', 'q"', 7, 1.5, None, b'x\n']:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%r', '%5r', '%-5r', '%05r', '%.2r', '%-8.3r']])
