# ==, != and ordering of lists
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('eq', lambda: [1, 2] == [1, 2])
check('ne', lambda: [1, 2] != [1, 3])
check('eq tuple', lambda: [1] == (1,))
check('lt', lambda: [1, 2] < [1, 3])
check('lt prefix', lambda: [1] < [1, 0])
check('le', lambda: [1] <= [1])
check('gt', lambda: [2] > [1, 9])
check('ge', lambda: [] >= [])
check('lt mixed', lambda: [1] < ['a'])
check('lt int', lambda: [1] < 1)
check('eq nested', lambda: [[1], 2] == [[1], 2])
check('nan', lambda: (lambda n: [n] == [n])(float('nan')))
