# round() of inf, nan and huge values with digits.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for x in (float("inf"), float("-inf"), float("nan"), 1e300, -1e-300):
    print(repr(x), r(round, x, 2), r(round, x, -2), r(round, x, 0))
print(r(round, 1.5, 1.0), r(round, 1.5, None), r(round, "1.5"))
