# lists as assignment targets
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


[a, b] = [1, 2]
print(a, b)
[a, [b, c]] = 1, (2, 3)
print(a, b, c)
[a, *b] = 'xyz'
print(a, b)
*a, b = [1]
print(a, b)
try:
    [a, b] = [1]
except ValueError as e:
    print('ValueError', e)
try:
    [a, b] = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
