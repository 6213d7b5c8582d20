# list.extend kinds
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = [0]
check('a.extend([1, 2])', lambda: a.extend([1, 2]))
print(a)
check('a.extend((3,))', lambda: a.extend((3,)))
print(a)
check("a.extend('ab')", lambda: a.extend('ab'))
print(a)
check('a.extend(range(2))', lambda: a.extend(range(2)))
print(a)
check('a.extend({})', lambda: a.extend({}))
print(a)
check('a.extend(x for x in [9])', lambda: a.extend(x for x in [9]))
print(a)
