# round() of ints to negative and positive digit counts.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for a in (0, 5, 15, 25, -25, 1234, 1250, 1350, -1250, 10**20 + 5 * 10**9, 2**70):
    print(a, [r(round, a, n) for n in (None, 0, 1, -1, -2, -3, -10, -30)])
print(type(round(7)).__name__, type(round(7, -1)).__name__, r(round, 7, 1.5))
