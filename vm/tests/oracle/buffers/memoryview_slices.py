# memoryview slices share memory and keep the item type.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
b = bytearray(range(10))
m = memoryview(b)[2:8]
s = m[1:4]
s[0] = 99
print(b, list(m), list(s), len(s), r(lambda: m[::2]), r(lambda: m[10]), bytes(m[-2:]), bytes(m[:0]))
a = array.array("h", range(6))
ma = memoryview(a)[1:5]
ma[0] = -1
print(a, list(ma), ma.itemsize, list(ma[2:]))
