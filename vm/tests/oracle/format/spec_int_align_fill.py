# f-string specs (nested from a variable) of int align fill.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0, 7, -7, 255, -256, 2**31, -(2**63), 10**20, True]:
    print(repr(v), [r(lambda: f"{v:{s}}") for s in ['', '10', '<10', '>10', '^10', '*^11', '0>8', '#<8', '=10', '+=10', 'x^9']])
