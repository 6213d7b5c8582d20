# str.center, and the padding it computes for odd and even room.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ("", "a", "ab", "abc"):
    print([s.center(n) for n in range(0, 7)], [r(lambda n: s.center(n, "*"), n) for n in (4, 5)])
print(r(lambda: "a".center(5, "ab")), r(lambda: "a".center("5")), r(lambda: "a".center()))
