# float() of junk strings.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ["", " ", "-", "+", ".", "1..5", "1.5.2", "0x10", "1,5", "1 5", "abc", "--1", "1-", "١٢"]:
    print(repr(s)[:40], r(float, s))
