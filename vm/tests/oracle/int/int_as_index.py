# ints, bools and big ints as list and str indexes.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

s, l = "abcdef", list(range(6))
for i in (0, -1, True, False, 5, -6, 6, -7, 2**70, -(2**70)):
    print(i, r(lambda: s[i]), r(lambda: l[i]))
print(s[True:], l[:-True], r(lambda: s[:2**70]), r(lambda: l[-(2**70):2]), r(lambda: s[1.0]))
