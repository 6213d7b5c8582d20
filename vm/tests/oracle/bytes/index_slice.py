# Indexing gives ints, slicing gives the same type, steps included.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in (b"abcdef", bytearray(b"abcdef")):
    print([s[i] for i in range(-6, 6)], s[1:4], r(lambda: s[::-1]), r(lambda: s[::2]), s[-2:], s[10:], r(lambda: s[6]), r(lambda: s[-7]), r(lambda: s[::0]), r(lambda: s["a"]))
