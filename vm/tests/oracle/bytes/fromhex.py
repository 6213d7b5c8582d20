# bytes.fromhex and bytearray.fromhex with spaces, case and bad input.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ("", "00", "ff", "FF", "0a1b", "0a 1b", " 0a ", "0a1", "zz", "0x10", "0 a", "a b"):
    print(repr(s), r(bytes.fromhex, s), r(bytearray.fromhex, s))
