# str.format with the same specs of float general, in brackets to show padding.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), [r(lambda s: ("[{:" + s + "}]").format(v), s) for s in ['g', '.0g', '.1g', '.3g', '.10g', 'G', '#g', '#.3g', '10.4g', 'n']])
