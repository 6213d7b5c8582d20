# int ** whose results outgrow every machine word.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [2, -2, 3, 7, 10, -10, 255]
B = [30, 31, 32, 62, 63, 64, 65, 100]
op = lambda a, b: a ** b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
