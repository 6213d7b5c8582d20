# min, max and sum over lists
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('min', lambda: min([3, 1, 2]))
check('max', lambda: max([3, 1, 2]))
check('min key', lambda: min(['bb', 'a', 'ccc'], key=len))
check('max default', lambda: max([], default='none'))
check('min empty', lambda: min([]))
check('sum', lambda: sum([1, 2, 3]))
check('sum start', lambda: sum([[1], [2]], []))
check('max strs', lambda: max(['b', 'a']))
check('min mixed', lambda: min([1, 'a']))
check('sum floats', lambda: sum([0.5, 0.25]))
