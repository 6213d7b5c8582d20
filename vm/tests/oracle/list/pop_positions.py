# pop with and without an index
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = list(range(8))
for i in (None, 0, -1, 2, -2, 100, -100):
    if i is None:
        check('pop()', lambda: a.pop())
    else:
        check('pop(%d)' % i, lambda: a.pop(i))
    print(a)
check('pop empty', lambda: [].pop())
check('pop str index', lambda: [1].pop('0'))
check('pop float', lambda: [1].pop(0.0))
check('pop bool', lambda: [5, 6].pop(True))
