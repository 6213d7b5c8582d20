# *args and **kwargs, in definitions and calls
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], b=4, **{"c": 5}))
def g(a, b, c):
    return a + b + c
print(g(*[1, 2, 3]), g(1, *(2, 3)), g(**{"a": 1, "b": 2, "c": 3}), g(1, **{"c": 3, "b": 2}))
args = (1,)
print(g(*args, 2, 3), g(*"abc"))
