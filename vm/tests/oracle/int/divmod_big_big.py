# divmod of big ints by big values, every sign.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

A = [10**20, -10**20, 2**100 + 1, -(3**70), 12345678901234567890123, -98765432109876543210]
B = [10**20, -10**20, 2**100 + 1, -(3**70), 12345678901234567890123, -98765432109876543210]
op = lambda a, b: divmod(a, b)
for a in A:
    print(repr(a), [r(op, a, b) for b in B])
