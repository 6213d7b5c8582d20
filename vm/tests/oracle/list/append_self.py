# list.append self
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = [1]
check('a.append(a)', lambda: a.append(a))
check('len(a)', lambda: len(a))
check('a[1] is a', lambda: a[1] is a)
check('a[1][1][0]', lambda: a[1][1][0])
# a list that holds itself has no finite repr: MicroPython recurses until
# its stack guard stops it
check('repr(a)', lambda: repr(a))
a.pop()
print(a)
