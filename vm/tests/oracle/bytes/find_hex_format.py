# bytes searching with an int, hex with a separator, % on bytes.
b = b"hello world"
print(b.find(b"o"), b.rfind(b"o"), b.index(b"w"), b.count(b"l"), b.find(b""), bytearray(b).find(b"h"))
for f in (lambda: b.find(111), lambda: b.count(108), lambda: b.index(b"z"), lambda: bytearray(b).find(104)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(b"\x01\xab\xff".hex(), b"\x01\xab\xff".hex(":"), bytearray(b"\x00\x10").hex("-"))
print(b"%d-%s-%x" % (5, b"ab", 255), b"%5s|%-5s|" % (b"a", b"b"), b"%c" % (65,))
print(b"100%%" % (), b"%r" % (b"x",))
print("{:20}|{:>6}|{:^7}".format(True, False, True))
m = memoryview(bytearray(8))
print(m.itemsize, len(m), m.nbytes if hasattr(m, "nbytes") else "-")
import array

# (l and L follow the board's word size, which differs between the oracle and the default board)
for tc in "bBhHiIqQfd":
    a = array.array(tc, [1, 2])
    print(tc, memoryview(a).itemsize, a.itemsize if hasattr(a, "itemsize") else "-", len(bytes(a)))
