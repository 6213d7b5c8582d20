# str.format placeholder forms on str receivers of varying length.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for t in ("{}", "<{}>", "{}{}", "{0}{0}", "{:>3}", "x{}y"):
    print(repr(t), r(lambda: t.format("é", "z")))
