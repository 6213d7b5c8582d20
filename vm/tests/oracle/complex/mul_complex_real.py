# complex `a * b` with ints, floats and bools on the right.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [0j, 1j, -1j, 1 + 2j, -3.5 + 0.5j, complex(2, -0.0), 1e10j]
B = [0, 2, -1.5, True, 2**70, 0.0]
op = lambda a, b: a * b
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
