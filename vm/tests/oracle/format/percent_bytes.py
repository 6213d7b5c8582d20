# b'%' formatting of bytes with every supported conversion.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for f, a in [(b"%d", 5), (b"%05d", -5), (b"%x", 255), (b"%s", b"abc"), (b"%s", bytearray(b"ba")), (b"%r", b"q"), (b"%c", 65), (b"%c", b"z"),
             (b"%s", "str"), (b"%f", 1.5), (b"%s %s", (b"a", b"b")), (b"%%", ()), (bytearray(b"%d"), 1), (b"%(k)s", {b"k": b"v"})]:
    print(f, repr(a), r(lambda: f % a))
