# pow(a, b, m) with big ints anywhere.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

big = [2**100 + 7, 10**30 + 3, 3**80, -(2**90)]
for a in big + [2, 12345]:
    print([r(pow, a, b, m) for b in (0, 3, 65537, 2**70) for m in (97, 2**61 - 1, 10**25 + 9)])
print(pow(2, 10**20, 10**9 + 7), pow(3, 2**200, 2**127 - 1))
