# assigning items by index
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = [0, 1, 2]
a[0] = 'a'; a[-1] = 'z'; print(a)
for i in (3, -4, '1', 1.0):
    try:
        a[i] = 9
    except Exception as e:
        print(type(e).__name__, e)
print(a)
