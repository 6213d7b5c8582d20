# sort of mixed types and bad keys
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('mixed', lambda: sorted([1, 'a']))
check('none', lambda: sorted([None, None]))
check('key err', lambda: sorted([1, 2], key=lambda x: 1 / 0))
check('bad key', lambda: sorted([1, 2], key=5))
check('positional key', lambda: [1].sort(len))
check('unknown kw', lambda: [1].sort(cmp=1))
check('lists', lambda: sorted([[2], [1, 2], [1]]))
check('tuples', lambda: sorted([(2, 1), (1, 2), (1, 1)]))
