# += and *= change the list itself
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = [1]
b = a
a += [2]
a += (3,)
a += 'xy'
print(a, a is b)
a *= 2
print(a, a is b)
a *= 0
print(a, b)
c = [1]
check('iadd int', lambda: c.__iadd__(1) if hasattr(c, '__iadd__') else None)
try:
    c += 5
except TypeError as e:
    print('TypeError', e)
print(c)
