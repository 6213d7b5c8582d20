# int() of prefixed strings with no base.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ["0x1f", "0X1F", "0o17", "0O17", "0b101", "0B101", "-0x10", "+0b1", "0x", "0b", "0o", "0x_1f", "0b_1", "0xg", "0b2", "0o8", " 0x10 "]:
    print(repr(s), r(int, s))
