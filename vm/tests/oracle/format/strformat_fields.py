# str.format fields: auto and manual numbering, names, attributes, items.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

class P:
    x = 3
    y = [4, 5]
print("{} {} {}".format(1, 2, 3), "{2} {0} {1} {0}".format("a", "b", "c"), "{a}-{b}".format(a=1, b=2))
print(r(lambda: "{0.x} {0.y[1]}".format(P())), r(lambda: "{0[k]} {1[0]}".format({"k": "v"}, "xyz")), "{{}} {{{}}}".format(7))
print("{:{}}|{:{}.{}}|".format("a", 5, 3.14159, 8, 3), "{!r:>8}|{!s:<5}|".format("q", 1))
