# Right shifts by huge counts give 0 or -1; a zero shifted stays zero.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for a in (1, -1, 7, -7, 2**100, -(2**100)):
    print(a, [r(lambda: a >> b) for b in (200, 10**4, 2**31 - 1)])
print(0 << 100, 0 >> 100, r(lambda: 0 << 2**70), r(lambda: 1 >> 2**70), r(lambda: -1 >> 2**70))
