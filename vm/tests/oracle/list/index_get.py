# reading items by index
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('first', lambda: [1, 2, 3][0])
check('last', lambda: [1, 2, 3][-1])
check('out', lambda: [1][1])
check('neg out', lambda: [1][-2])
check('bool idx', lambda: [5, 6][True])
check('str idx', lambda: [1]['0'])
check('float idx', lambda: [1][0.0])
check('none idx', lambda: [1][None])
check('big idx', lambda: [1][2**70])
