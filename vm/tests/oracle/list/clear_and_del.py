# clear, del a[:] and del a[i]
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = [1, 2, 3]
b = a
a.clear()
print(a, b, a is b)
c = [1, 2, 3, 4]
del c[1]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
check('del out of range', lambda: exec('del d[5]', {'d': d}))
print(d)
