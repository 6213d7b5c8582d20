# Writing through a memoryview changes the bytearray or array under it; bytes refuse.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
b = bytearray(b"hello")
m = memoryview(b)
m[0] = 72; m[1:3] = b"EL"; print(b)
a = array.array("i", [1, 2, 3])
ma = memoryview(a)
ma[1] = -5; print(a, r(lambda: ma.__setitem__(0, 2**40)), r(lambda: ma.__setitem__(0, 1.5)))
mb = memoryview(b"xyz")
print(r(lambda: mb.__setitem__(0, 1)), r(lambda: m.__setitem__(slice(0, 2), b"abc")), r(lambda: m.__setitem__(9, 1)), r(lambda: m.__setitem__(0, 256)))
