def f(*args, **kw):
    return args, sorted(kw.items())
print(f())
print(f(1, 2))
print(f(*[1, 2], 3))
print(f(a=1, **{"b": 2}))
print(f(*(1,), *(2,), **{"x": 1}, **{"y": 2}))
print(f(1, *"ab", k=3))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError", e)
