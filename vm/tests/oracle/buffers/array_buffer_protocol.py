# Arrays lend their bytes to bytes(), bytearray(), memoryview, int.from_bytes and struct.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array, struct
a = array.array("H", [1, 258, 65535])
print(bytes(a), bytearray(a), memoryview(a).tobytes() if hasattr(memoryview(a), "tobytes") else bytes(memoryview(a)), struct.unpack("<3H", a), int.from_bytes(a, "little"))
b = bytearray(8)
print(r(lambda: b.__setitem__(slice(0, 2), array.array("h", [-2]))), r(lambda: b.__setitem__(slice(0, 2), array.array("B", [7, 8]))))
print(b, bytes(array.array("d", [1.0])))
