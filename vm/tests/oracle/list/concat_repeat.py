# + and * on lists
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('add', lambda: [1] + [2, 3])
check('add empty', lambda: [] + [])
check('add tuple', lambda: [1] + (2,))
check('add str', lambda: [1] + 'a')
check('mul', lambda: [1, 2] * 3)
check('rmul', lambda: 2 * [0])
check('mul zero', lambda: [1] * 0)
check('mul neg', lambda: [1] * -2)
check('mul bool', lambda: [1] * True)
check('mul float', lambda: [1] * 2.0)
check('mul list', lambda: [1] * [2])
check('add none', lambda: [1] + None)
