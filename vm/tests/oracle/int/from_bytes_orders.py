# from_bytes in both orders, signed and not.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for b in (b"", b"\x00", b"\x01", b"\xff", b"\x01\x00", b"\x00\x80", b"\xff\xff\xff\x7f", b"\x80" + b"\x00" * 7, b"\xff" * 9, bytes(range(1, 20))):
    print(b, int.from_bytes(b, "little"), int.from_bytes(b, "big"), r(lambda: int.from_bytes(b, "little", signed=True)), r(lambda: int.from_bytes(b, "big", signed=True)))
