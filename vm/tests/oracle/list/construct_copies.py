# list(x) makes a new list
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('copy is new', lambda: (lambda a: (list(a) is a, list(a) == a))([1, 2]))
check('shallow', lambda: (lambda a: list(a)[0] is a[0])([[1]]))
check('nested', lambda: list([[1, 2], [3]]))
check('literal', lambda: [1, 'a', None, 2.5, (1,)])
check('empty literal', lambda: [])
check('repeat literal', lambda: [0] * 3)
check('star in literal', lambda: [*range(3), *'ab'])
check('trailing comma', lambda: [1, 2,])
