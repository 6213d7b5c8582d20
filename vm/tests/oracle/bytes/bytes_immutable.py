# bytes refuses item assignment and has no mutating methods.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

b = b"abc"
def f():
    b[0] = 1
def g():
    del b[0]
print(r(f), r(g), hasattr(b, "append"), hasattr(b, "extend"), hasattr(bytearray(), "append"), r(lambda: b.append(1)))
