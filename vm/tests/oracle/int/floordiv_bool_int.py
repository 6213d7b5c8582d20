# int `a // b` mixing bools and ints.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [True, False, 5, -5]
B = [True, False, 2, -3, 2**65]
op = lambda a, b: a // b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
