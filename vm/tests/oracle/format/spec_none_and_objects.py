# f-string specs (nested from a variable) of none and objects.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [None, [1, 2], (1,), {'a': 1}]:
    print(repr(v), [r(lambda: f"{v:{s}}") for s in ['', '10', '>10', 's']])
