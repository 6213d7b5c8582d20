# memoryviews are accepted where a bytes-like object is: bytes, join, find, int.from_bytes, decode.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

m = memoryview(b"hello world")
print(bytes(m[6:]), bytearray(m[:5]), r(lambda: b"-".join([m[:1], m[6:7]])), int.from_bytes(m[:2], "big"), str(m[:5], "utf-8"), r(lambda: b"hello" == m))
print(r(lambda: b"hello world".find(m[6:])), r(lambda: b"x" + m[:2]), r(lambda: bytearray(b"x") + m[:2]))
