# memoryview of bytes, bytearray and arrays: len, items, slices, itemsize, bytes.
import array
for src in (b"abcdef", bytearray(b"abcdef"), array.array("h", [1, -2, 3]), array.array("f", [0.5, 1.5]), array.array("Q", [2**64 - 1])):
    m = memoryview(src)
    print(type(src).__name__, len(m), m[0], m[-1], list(m), bytes(m), m.itemsize, list(m[1:]), len(m[::1]) if True else 0)
