# Decoding invalid UTF-8 and unknown encodings.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for b in (b"\xff", b"\xc3\x28", b"\xe2\x82", b"ok"):
    print(b, r(b.decode), r(bytearray(b).decode), r(lambda: str(b, "utf-8")))
print(r(lambda: b"a".decode("latin-1")), r(lambda: b"a".decode(1)), r(lambda: "a".encode("nope")))
