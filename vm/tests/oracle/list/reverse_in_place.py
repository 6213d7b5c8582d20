# reverse and reversed
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('reverse', lambda: (lambda a: (a.reverse(), a))([1, 2, 3]))
check('reverse empty', lambda: (lambda a: (a.reverse(), a))([]))
check('reversed', lambda: list(reversed([1, 2, 3])))
check('slice', lambda: [1, 2, 3][::-1])
check('reverse arg', lambda: [1].reverse(1))
