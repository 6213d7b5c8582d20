# str.format with the same specs of str specs, in brackets to show padding.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in ['', 'a', 'abc', 'hello world']:
    print(repr(v), [r(lambda s: ("[{:" + s + "}]").format(v), s) for s in ['', '5', '<5', '>5', '^5', '*^7', '.1', '.0', '10.2', 's', '>8.3s', '=^6']])
