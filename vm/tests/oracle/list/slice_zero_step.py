# a zero step is a ValueError
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('zero', lambda: [1, 2][::0])
check('str step', lambda: [1][::'1'])
check('float step', lambda: [1][::1.0])
