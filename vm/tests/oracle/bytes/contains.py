# in on bytes and bytearray: ints, bytes-likes, and refusals.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in (b"abc", bytearray(b"abc")):
    print([r(lambda: v in s) for v in (97, 0, b"b", b"", b"bc", bytearray(b"c"), 256, -1, "a", 1.0, None)])
