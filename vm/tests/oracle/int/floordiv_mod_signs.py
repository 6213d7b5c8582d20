# // and % follow the divisor's sign for every sign pair.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for a in (7, -7, 2**65 + 7, -(2**65) - 7):
    for b in (2, -2, 2**64, -(2**64)):
        print(a, b, a // b, a % b, r(lambda: a // 0), r(lambda: a % 0))
