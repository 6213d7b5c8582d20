# int `a ^ b` mixing bools and ints (the result type matters).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [True, False, 0, 1, 6, -1, 2**40]
B = [True, False, 3, -4, 2**70]
op = lambda a, b: a ^ b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
