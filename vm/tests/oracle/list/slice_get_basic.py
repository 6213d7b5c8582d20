# slices of a list: slice_get_basic
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = list(range(6))
check('[:]', lambda: a[:])
check('[1:]', lambda: a[1:])
check('[:2]', lambda: a[:2])
check('[1:3]', lambda: a[1:3])
check('[-2:]', lambda: a[-2:])
check('[:-2]', lambda: a[:-2])
check('[5:]', lambda: a[5:])
check('[:100]', lambda: a[:100])
check('[3:1]', lambda: a[3:1])
