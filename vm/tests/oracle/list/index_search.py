# index with start and stop
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('found', lambda: [5, 6, 7, 6].index(6))
check('start', lambda: [5, 6, 7, 6].index(6, 2))
check('neg start', lambda: [5, 6, 7, 6].index(6, -1))
check('stop', lambda: [5, 6, 7, 6].index(7, 0, 3))
check('stop excl', lambda: [5, 6, 7, 6].index(7, 0, 2))
check('missing', lambda: [1].index(2))
check('empty', lambda: [].index(0))
check('equal types', lambda: [1.0, 2].index(1))
check('bool', lambda: [0, True].index(1))
check('none', lambda: [None].index(None))
check('start beyond', lambda: [1, 2].index(1, 5))
check('nested', lambda: [[1], [2]].index([2]))
