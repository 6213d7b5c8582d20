# int() of inf and nan raise their MicroPython errors.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for x in (float("inf"), float("-inf"), float("nan")):
    print(r(int, x), r(round, x), r(lambda: x // 1), r(lambda: divmod(x, 1)))
