# bytes hash and act as dict keys; bytearray is unhashable.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

d = {b"a": 1, b"": 2}
print(d[b"a"], d[bytes(bytearray(b"a"))], b"" in d, hash(b"x") == hash(bytes([120])), r(hash, bytearray(b"a")), r(lambda: {bytearray(): 1}))
