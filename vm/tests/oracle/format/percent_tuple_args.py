# %-formatting with one tuple argument, nested tuples and lists.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print("%s" % (1,), "%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % [1, 2], "%r" % ((),), "%s" % {1: 2})
print(r(lambda: "%s" % ()), r(lambda: "%s %s" % [1, 2]), "%d%%" % 50, "100%%" % (), "%s%%%s" % ("a", "b"))
