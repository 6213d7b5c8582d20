def f():
    x = 1
    del x
    try:
        return x
    except NameError as e:
        return "NameError: " + str(e)
print(f())
def g():
    y = [1]
    z = y
    del y
    return z
print(g())
def h(a):
    del a
    a = 3
    return a
print(h(1))
