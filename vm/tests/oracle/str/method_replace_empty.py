# str.replace of the empty pattern inserts between characters (ASCII strings: a board splits multi-byte characters).
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ("", "a", "abc", "a b"):
    print(repr(s), [r(lambda a: s.replace(*a), a) for a in [("", "-"), ("", ""), ("", "xy", 2), ("", "-", 0), ("", "-", -1)]])
