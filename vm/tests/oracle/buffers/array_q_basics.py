# array('q'): construction, repr, indexing, slicing, len, itemsize and bytes.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
a = array.array('q', [0, -1, 2**63 - 1, -(2**63), 2**40])
print(a, len(a), hasattr(a, "itemsize"), hasattr(a, "typecode"), list(a), a[0], a[-1], a[1:3], r(lambda: a[::-1]), bytes(a) == bytes(memoryview(a)), len(bytes(a)))
print(array.array('q'), array.array('q', []), r(lambda: a[len(a)]), r(lambda: a == array.array('q', list(a))), a + a, r(lambda: len(a * 2)))
