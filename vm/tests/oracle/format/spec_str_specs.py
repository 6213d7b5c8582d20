# f-string specs (nested from a variable) of str specs.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in ['', 'a', 'abc', 'hello world']:
    print(repr(v), [r(lambda: f"{v:{s}}") for s in ['', '5', '<5', '>5', '^5', '*^7', '.1', '.0', '10.2', 's', '>8.3s', '=^6']])
