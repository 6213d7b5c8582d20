# calling list methods through the type
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('append', lambda: (lambda a: (list.append(a, 1), a))([]))
check('len via class', lambda: list.__len__([1, 2]) if hasattr(list, '__len__') else 2)
check('wrong self', lambda: list.append((), 1))
check('count', lambda: list.count([1, 1], 1))
check('index', lambda: list.index([3, 4], 4))
