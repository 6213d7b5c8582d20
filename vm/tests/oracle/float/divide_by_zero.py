# Every float division by zero raises ZeroDivisionError with MicroPython's message.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for a in (1.0, -1.0, 0.0, float("inf"), float("nan"), 5):
    print(repr(a), r(lambda: a / 0.0), r(lambda: a // 0.0), r(lambda: a % 0.0), r(lambda: divmod(a, 0.0)), r(lambda: a / -0.0))
