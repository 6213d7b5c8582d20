# list.extend self
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = [1, 2]
check('a.extend(a)', lambda: a.extend(a))
print(a)
check('a.extend(a[:1])', lambda: a.extend(a[:1]))
print(a)
