# Mixed int and float arithmetic where the int is too big for a float.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for n in (2**1024, -(2**1024), 10**400):
    print(r(lambda: n + 1.0), r(lambda: n * 0.5), r(lambda: n / 2.0), r(lambda: n < 1e308), r(lambda: n == float("inf")), r(lambda: n > float("inf")))
