# int() strips surrounding whitespace of every kind and takes one sign.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in (" 5", "5 ", "\n5", "5\r\n", "\x0b5\x0c", " -5 ", " - 5", "--5", "++5", "+ 5", "5 5", "\t+0x10"):
    print(repr(s), r(int, s), r(int, s, 0))
