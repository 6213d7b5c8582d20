# list.append values
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = []
check('a.append(1)', lambda: a.append(1))
print(a)
check("a.append('x')", lambda: a.append('x'))
print(a)
check('a.append([2])', lambda: a.append([2]))
print(a)
check('a.append(None)', lambda: a.append(None))
print(a)
check('a.append(a is None)', lambda: a.append(a is None))
print(a)
