# f-string specs (nested from a variable) of bool specs.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [True, False]:
    print(repr(v), [r(lambda: f"{v:{s}}") for s in ['', '5', '>6', 'd', 'x', '#x', '.1f', '+', '^7', 's']])
