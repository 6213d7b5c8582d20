# slices of a list: slice_get_step
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = list(range(6))
check('[::2]', lambda: a[::2])
check('[1::2]', lambda: a[1::2])
check('[::-1]', lambda: a[::-1])
check('[::-2]', lambda: a[::-2])
check('[4:1:-1]', lambda: a[4:1:-1])
check('[1:4:-1]', lambda: a[1:4:-1])
check('[-1:-4:-1]', lambda: a[-1:-4:-1])
check('[::3]', lambda: a[::3])
check('[::100]', lambda: a[::100])
