# str.format of objects with __str__ and __repr__, with and without specs; MicroPython has no format() builtin.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

class S:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "R!"
print("{}".format(S()), "{!r}".format(S()), "{!s}".format(S()), r(lambda: "{:>5}".format(S())), r(lambda: "{:5}".format(S())), f"{S()}", f"{S()!r:>4}")
print(r(lambda: format(1, "d")), r(lambda: f"{S():q}"), "{:>4}".format(None) if False else r(lambda: "{:>4}".format(None)))
