# bytearray % args gives bytes or bytearray, and refuses str args where bytes are due.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(r(lambda: bytearray(b"%d-%s") % (1, b"x")), r(lambda: b"%s" % "x"), r(lambda: b"%a" % 1), r(lambda: b"%5s|%-5s|" % (b"a", b"b")))
