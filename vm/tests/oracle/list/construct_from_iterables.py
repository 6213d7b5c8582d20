# list() from every kind of iterable
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('empty', lambda: list())
check('from list', lambda: list([1, 2]))
check('from tuple', lambda: list((3, 4)))
check('from str', lambda: list('abc'))
check('from range', lambda: list(range(5)))
check('from range step', lambda: list(range(10, 0, -3)))
check('from set', lambda: sorted(list({3, 1, 2})))
check('from dict', lambda: list({'a': 1}))
check('from generator', lambda: list(x * x for x in range(4)))
check('from bytes', lambda: list(b'hi'))
check('from map', lambda: list(map(str, [1, 2])))
check('from zip', lambda: list(zip([1, 2], 'ab')))
check('from enumerate', lambda: list(enumerate('xy')))
check('from int', lambda: list(5))
check('from None', lambda: list(None))
check('two args', lambda: list([1], [2]))
