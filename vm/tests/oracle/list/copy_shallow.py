# copy shares the items
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('copy', lambda: (lambda a: (a.copy(), a.copy() is a))([1, [2]]))
check('inner shared', lambda: (lambda a: a.copy()[1] is a[1])([1, [2]]))
check('slice copy', lambda: (lambda a: a[:] is a)([1]))
check('copy empty', lambda: [].copy())
