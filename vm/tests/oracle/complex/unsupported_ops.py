# complex refuses //, %, ordering and bit operators.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [1j, 2 + 0j]
B = [1j, 2, 1.5]
op = lambda a, b: (r(lambda: a // b), r(lambda: a % b), r(lambda: a < b), r(lambda: a & b), r(lambda: divmod(a, b)))
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
