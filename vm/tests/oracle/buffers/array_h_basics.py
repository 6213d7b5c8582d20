# array('h'): construction, repr, indexing, slicing, len, itemsize and bytes.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
a = array.array('h', [0, -1, 32767, -32768, 300])
print(a, len(a), hasattr(a, "itemsize"), hasattr(a, "typecode"), list(a), a[0], a[-1], a[1:3], r(lambda: a[::-1]), bytes(a) == bytes(memoryview(a)), len(bytes(a)))
print(array.array('h'), array.array('h', []), r(lambda: a[len(a)]), r(lambda: a == array.array('h', list(a))), a + a, r(lambda: len(a * 2)))
