# int() refuses bases out of range, non-int bases and a base with a non-string.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for args in [("10", 1), ("10", 37), ("10", -1), ("10", 1.0), ("10", "2"), (10, 10), (1.5, 10), (b"10", 10), (None,)]:
    print(args, r(int, *args))
