# float() of plain strings.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ["0", "1", "-1", "+1", "1.", ".5", "-.5", "1.5", "  2.5  ", "\n3\t", "0001.100", "1_000.5", "1__0", "_1", "1_"]:
    print(repr(s)[:40], r(float, s))
