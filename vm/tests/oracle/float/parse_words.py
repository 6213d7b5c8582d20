# float() of words strings.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ["inf", "-inf", "+inf", "INF", "Infinity", "-infinity", "nan", "-nan", "NaN", "NAN", "infx", "nanx", "in", "na", "infinit"]:
    print(repr(s)[:40], r(float, s))
