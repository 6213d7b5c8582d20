# f-string specs (nested from a variable) of unicode specs.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in ['héllo wörld', '日本', 'é']:
    print(repr(v), [r(lambda: f"{v:{s}}") for s in ['', '5', '<5', '>15', '^9', '*^7', 's', '=^6']])
