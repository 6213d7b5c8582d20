# bytes.join and bytearray.join over bytes-likes, and what they refuse.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for sep in (b"", b",", bytearray(b"--")):
    print(repr(sep.join([])), r(lambda: sep.join([b"a", bytearray(b"b"), memoryview(b"c")])), repr(sep.join((b"x",))))
print(r(lambda: b",".join(["a"])), r(lambda: b",".join([1])), r(lambda: b",".join(b"ab")), r(lambda: b"".join([array.array("B", [65])])))
