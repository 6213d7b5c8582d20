# ord and chr across ASCII, Latin-1, the BMP and beyond, and their errors.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for c in ("a", "\x00", "é", "€", "日", "\U0001F600", "\U0010FFFF"):
    print(repr(c), ord(c), chr(ord(c)) == c)
for v in (0, 127, 128, 255, 256, 0xD7FF, 0xE000, 0x10FFFF, 0x110000, -1, 1.5, "a"):
    print(v, r(lambda: repr(chr(v))))
print(r(ord, ""), r(ord, "ab"), r(ord, b"a"), r(ord, bytearray(b"z")), r(ord, 5))
