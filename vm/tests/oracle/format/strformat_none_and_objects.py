# str.format with the same specs of none and objects, in brackets to show padding.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [None, [1, 2], (1,), {'a': 1}]:
    print(repr(v), [r(lambda s: ("[{:" + s + "}]").format(v), s) for s in ['', '10', '>10', 's']])
