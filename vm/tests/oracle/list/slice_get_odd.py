# slices of a list: slice_get_odd
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = list(range(6))
check('[None:None]', lambda: a[None:None])
check('[True:]', lambda: a[True:])
check('[-100:100]', lambda: a[-100:100])
check('[2:2]', lambda: a[2:2])
check('[::-100]', lambda: a[::-100])
check('[0:0:-1]', lambda: a[0:0:-1])
