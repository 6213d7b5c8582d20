# %-formatting with %s and plain flags, widths and precisions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in ['', 'abc', 'hello', 7, 1.5, None, [1, 'a'], b'x']:
    print(repr(v), [r(lambda f: f % v, f) for f in ['%s', '%5s', '%-5s', '%05s', '%.2s', '%-8.3s']])
