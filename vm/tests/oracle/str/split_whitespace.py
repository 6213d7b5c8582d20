# split with no separator collapses every run of whitespace.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ("", " ", "a", " a ", "a  b", "\ta\nb\r\x0bc\x0c", "a b c d", "  lead", "trail  "):
    print(repr(s), s.split(), s.split(None, 1), r(s.rsplit, None, 1), s.split(" "))
