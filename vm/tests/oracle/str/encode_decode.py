# str.encode and bytes.decode round trips, and decoding invalid UTF-8.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ("", "abc", "é", "日本", "😀"):
    b = s.encode()
    print(repr(s), b, b.decode() == s, str(b, "utf-8") == s, bytearray(b).decode() == s)
for b in (b"\xff", b"\xc3", b"a\x80b"):
    print(b, r(b.decode), r(str, b, "utf-8"))
