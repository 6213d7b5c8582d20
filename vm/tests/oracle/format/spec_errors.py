# format() specs that are refused: bad types for the value, bad syntax.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v, s in [(1, "s"), ("a", "d"), ("a", "+"), (1.5, "d"), (1.5, "x"), (1, "z"), (1, ",c"), ("a", "="), (1, "<<"), (1, ".2d"),
             (1, "10.2.3"), (None, "d"), ([1], ">5d"), ("a", ","), (1.5, "c"), (1, "#c"), (2**70, "c")]:
    print(repr(v), repr(s), r(lambda: ("{:" + s + "}").format(v)))
