# list.insert errors
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = []
check('a.insert(0, 1)', lambda: a.insert(0, 1))
print(a)
check('a.insert(-9, 2)', lambda: a.insert(-9, 2))
print(a)
check('a.insert(9, 3)', lambda: a.insert(9, 3))
print(a)
check('a.insert(0)', lambda: a.insert(0))
print(a)
check('a.insert()', lambda: a.insert())
print(a)
