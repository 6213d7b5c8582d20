# %-formatting with a mapping: named fields, repeated, with flags.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

d = {"a": 1, "b": "two", "c": 2.5, "a b": 9}
print("%(a)d %(b)s %(c).2f %(a)05d %(b)r" % d, "%(a b)s" % d, "%%(a)s" % ())
for f in ("%(z)s", "%(a)s %s", "%(a", "%()s"):
    print(repr(f), r(lambda: f % d))
print(r(lambda: "%(a)s" % 5), r(lambda: "%(a)s" % [1]))
