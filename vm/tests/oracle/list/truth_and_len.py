# len() and truth of lists
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('len', lambda: len([1, 2, 3]))
check('len empty', lambda: len([]))
check('bool', lambda: bool([0]))
check('bool empty', lambda: bool([]))
check('not', lambda: not [])
check('len nested', lambda: len([[1, 2]]))
