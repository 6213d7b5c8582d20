# The same digits read in every base from 2 to 36.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for base in range(2, 37):
    print(base, [r(int, s, base) for s in ("1", "10", "zz", "Zz", "19", "-101", "_1", "1_0")])
