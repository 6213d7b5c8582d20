# str.format with the same specs of unicode specs, in brackets to show padding.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in ['héllo wörld', '日本', 'é']:
    print(repr(v), [r(lambda s: ("[{:" + s + "}]").format(v), s) for s in ['', '5', '<5', '>15', '^9', '*^7', 's', '=^6']])
