# bytes() and bytearray() from ints, iterables, strings with encodings, and buffers.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
for args in [(), (0,), (3,), ([1, 2, 255],), ((65, 66),), (range(3),), ("ab", "utf-8"), ("é", "utf8"), (b"xy",), (bytearray(b"z"),),
             (memoryview(b"mv"),), (array.array("h", [1, -1]),), (iter([7, 8]),), ("ab",), ([256],), ([-1],), (-1,), (1.5,), (None,), ("a", 1), ([1.0],)]:
    print([type(a).__name__ for a in args], r(bytes, *args), r(bytearray, *args))
