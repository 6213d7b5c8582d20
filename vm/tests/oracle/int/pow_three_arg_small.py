# pow(a, b, m) with small ints of every sign.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for a in (0, 1, 2, 3, -3, 7, 10, -10):
    print(a, [r(pow, a, b, m) for b in (0, 1, 2, 5, 13) for m in (1, 2, 7, 13, -7, 100)])
