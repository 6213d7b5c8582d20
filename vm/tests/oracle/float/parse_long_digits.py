# float() of long digits strings.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ["3.141592653589793238462643383279", "0." + "0" * 30 + "1", "1" * 40, "1" * 400, "0." + "9" * 50, "123456789012345678901234567890e-20"]:
    print(repr(s)[:40], r(float, s))
