# int() of bytes, bytearray, floats, bools and objects that are not numbers.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in (b"12", bytearray(b" -3 "), b"0x10", 3.9, -3.9, 1e20, True, [], None, "٣"):
    print(repr(v), r(int, v))
print(r(int, b"ff", 16), r(int, b"0x10", 0), r(int), r(lambda: int(x=1)))
