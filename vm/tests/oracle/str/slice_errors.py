# Slicing a str with bad values: zero step, floats, strings.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

s = "abcdef"
for f in (lambda: s[::0], lambda: s[1.0:], lambda: s["a":], lambda: s[:None], lambda: s[1:2:None], lambda: s[2**70:], lambda: s[:-(2**70)], lambda: s[::2**70]):
    print(r(f))
