# int() in base 8 takes its own prefix and refuses the others.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ["0b11", "0o17", "0x1f", "11", "17", "1f", "-0b1", "0B1", "0O7", "0XA", "1_1", " 10 ", "0x", "z"]:
    print(repr(s), r(int, s, 8))
