# count compares with ==
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('ints', lambda: [1, 2, 1, 1].count(1))
check('none', lambda: [1, 2].count(3))
check('float eq', lambda: [1, 1.0, True].count(1))
check('strs', lambda: ['a', 'b', 'a'].count('a'))
check('lists', lambda: [[1], [1], 1].count([1]))
check('empty', lambda: [].count(0))
check('nan', lambda: [float('nan')].count(float('nan')))
check('no arg', lambda: [].count())
