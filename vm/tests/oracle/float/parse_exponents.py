# float() of exponents strings.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ["1e5", "1E5", "1e+5", "1e-5", "-1.5e-3", "1e", "e5", "1e5.5", "1e400", "1e-400", "2.5e308", "1e0001", ".e1", "1.e2"]:
    print(repr(s)[:40], r(float, s))
