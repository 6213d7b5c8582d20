# remove takes the first equal item
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = [1, 2, 3, 2, 1]
for x in (2, 1, 1, 9, 2.0, 3):
    check('remove %r' % (x,), lambda: a.remove(x))
    print(a)
