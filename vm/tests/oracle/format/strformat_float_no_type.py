# str.format with the same specs of float no type, in brackets to show padding.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float('inf'), float('-inf'), float('nan')] + [1e16, 123456789012.5, 0.1]:
    print(repr(v), [r(lambda s: ("[{:" + s + "}]").format(v), s) for s in ['', '.1', '.3', '.12', '10', '<10.2', '+']])
