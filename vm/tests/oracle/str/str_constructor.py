# str() of every type, with encodings, and its errors.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in (1, -1.5, 2**70, True, None, [1, "a"], (1,), {}, b"ab", bytearray(b"c"), 1j, str, len):
    print(str(v) if not callable(v) else type(str(v)).__name__)
print(str(b"ab", "utf-8"), str(b"ab", "ascii"), r(str, "a", "utf-8"), r(str, 1, "utf-8"), str(), r(str, b"x", "utf-8", "strict"))
