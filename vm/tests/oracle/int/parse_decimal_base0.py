# int() of decimal strings in base 0.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ["0", "7", "-7", "+7", " 42 ", "\t42\n", "007", "1_000", "1__0", "_1", "1_", "", " ", "-", "+-1", "1.5", "1e3", "12345678901234567890123", "-0"]:
    print(repr(s), r(int, s, 0))
