# +, * and comparisons across bytes, bytearray and other types.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

a, b = b"ab", bytearray(b"cd")
for f in (lambda: a + a, lambda: a + b, lambda: b + a, lambda: a * 2, lambda: 2 * b, lambda: a * 0, lambda: a + "x", lambda: a + 1, lambda: b + [1],
          lambda: a == b"ab", lambda: a == bytearray(b"ab"), lambda: a < b, lambda: b"b" > a, lambda: a == "ab", lambda: a < "b", lambda: b * -1):
    print(r(f))
