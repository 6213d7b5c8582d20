# int / int gives the nearest float, even when both are big.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for a, b in [(1, 3), (2**53 + 1, 1), (10**30, 10**10), (2**100, 2**50), (-7, 2), (10**400, 10**399), (1, 10**400), (2**1100, 2**1000)]:
    print(r(lambda: a / b))
print(r(lambda: 10**400 / 1), r(lambda: 1 / 0), r(lambda: 2**100 / 0))
