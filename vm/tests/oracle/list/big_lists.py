# larger lists
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('sum', lambda: sum(list(range(1000))))
check('len', lambda: len([0] * 5000))
check('slice sum', lambda: sum(list(range(100))[::7]))
check('sorted rev', lambda: sorted(range(20), reverse=True)[:5])
check('max', lambda: max([3, 9, 2] * 100))
