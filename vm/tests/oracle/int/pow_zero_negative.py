# zero and one to negative and huge powers.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [0, 1, -1]
B = [-1, -2, 0, 1, 2**65, 2**100]
op = lambda a, b: a ** b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
