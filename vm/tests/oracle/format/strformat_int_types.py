# str.format with the same specs of int types, in brackets to show padding.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0, 7, -7, 255, -256, 2**31, -(2**63), 10**20, True]:
    print(repr(v), [r(lambda s: ("[{:" + s + "}]").format(v), s) for s in ['d', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '#010x', '08b']])
