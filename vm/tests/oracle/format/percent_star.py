# %-formatting takes * widths and precisions from the arguments.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for args in [(5, 42), (-5, 42), (0, 42), (3, "abcdef")]:
    print(r(lambda: "[%*d]" % args if isinstance(args[1], int) else "[%*s]" % args))
print(r(lambda: "[%.*f]" % (2, 3.14159)), r(lambda: "[%*.*f]" % (10, 3, 2.5)), r(lambda: "%*d" % ("5", 1)), r(lambda: "%*d" % (5,)))
