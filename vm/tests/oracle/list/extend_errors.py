# list.extend errors
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = [0]
check('a.extend(5)', lambda: a.extend(5))
print(a)
check('a.extend(None)', lambda: a.extend(None))
print(a)
check('a.extend()', lambda: a.extend())
print(a)
check('a.extend([1], [2])', lambda: a.extend([1], [2]))
print(a)
