# bin, oct and hex refuse floats and strings; accept bools.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for f in (bin, oct, hex):
    print([r(f, v) for v in (True, False, 1.0, "1", None, 2**65)])
