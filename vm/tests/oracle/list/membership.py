# in and not in
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('in', lambda: 2 in [1, 2])
check('not in', lambda: 3 not in [1, 2])
check('float', lambda: 1.0 in [1])
check('nested', lambda: [1] in [[1]])
check('str', lambda: 'a' in ['abc'])
check('empty', lambda: 0 in [])
check('none', lambda: None in [0, False])
