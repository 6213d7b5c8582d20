# float() of big ints rounds to nearest and overflows past the float range.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for n in (2**53 + 1, 2**53 + 3, 2**64 - 1, 2**100 + 2**47, 2**100 + 2**48, 10**308, 2**1023, 2**1024 - 2**970, 2**1024, -(2**1024)):
    print(r(float, n))
print(r(lambda: 2**1024 * 1.0), r(lambda: 2**1024 + 0.5), r(lambda: 1.0 / 2**1100), r(lambda: 2**2000 / 2**1990))
