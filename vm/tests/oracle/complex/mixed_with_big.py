# complex arithmetic with big ints and floats outside the float range.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for n in (2**64, 10**20, 2**1024, -(2**70)):
    print(r(lambda: n + 1j), r(lambda: n * 1j), r(lambda: 1j * n), r(lambda: n == n + 0j), r(lambda: complex(n)))
