# Slices of a str with every small start, stop and step.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

s = "abcdefg"
for step in (None, 1, 2, 3, -1, -2, -3):
    print(step, [r(lambda: s[a:b:step]) for a in (None, 0, 2, -2, 10) for b in (None, 0, 3, -1, -10)])
