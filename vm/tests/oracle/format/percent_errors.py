# %-formatting errors: too few, too many, bad types, bad conversions.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for f, a in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s", ()), ("%z", 1), ("%", 1), ("%c", "ab"), ("%c", -1), ("%c", 0x110000),
             ("%x", 1.5), ("%o", 2.0), ("%f", "1"), ("%e", None), ("abc", 5), ("abc", ()), ("abc", []), ("%s", [1, 2]), ("%5", 1), ("%.", 1)]:
    print(repr(f), repr(a), r(lambda: f % a))
