# str.format with the same specs of bool specs, in brackets to show padding.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [True, False]:
    print(repr(v), [r(lambda s: ("[{:" + s + "}]").format(v), s) for s in ['', '5', '>6', 'd', 'x', '#x', '.1f', '+', '^7', 's']])
