# + and * on strs, with ints, bools, negatives and wrong types.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for f in (lambda: "ab" + "cd", lambda: "ab" * 3, lambda: 3 * "ab", lambda: "ab" * 0, lambda: "ab" * -1, lambda: "ab" * True, lambda: "a" + 1,
          lambda: 1 + "a", lambda: "a" + b"b", lambda: "a" * 1.5, lambda: "a" * "b", lambda: "" * 5, lambda: "a" * (2**70)):
    print(r(f))
