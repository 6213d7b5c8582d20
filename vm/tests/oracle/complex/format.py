# complex in %-formatting, str.format and f-strings.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

z = 1.5 - 2j
print("%s %r" % (z, z), "{} {!r}".format(z, z), f"{z}", f"{z!s:>20}|", r(lambda: "%d" % z), r(lambda: "%f" % z), r(lambda: "{:10}".format(z)))
