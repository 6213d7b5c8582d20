# int ** with small bases and small exponents, both signs.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [0, 1, -1, 2, -2, 3, 10, -10]
B = [0, 1, 2, 3, 7, 15, 31, 32, -1, -2]
op = lambda a, b: a ** b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
