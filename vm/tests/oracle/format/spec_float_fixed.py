# f-string specs (nested from a variable) of float fixed.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float('inf'), float('-inf'), float('nan')]:
    print(repr(v), [r(lambda: f"{v:{s}}") for s in ['f', '.0f', '.1f', '.3f', '10.2f', 'F', '.12f', '#.0f', '+08.2f', ',.2f', '_.1f']])
