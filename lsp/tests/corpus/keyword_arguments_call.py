def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(f(1, 2, 3, c=4, d=5))
print(f(*[1, 2], **{"c": 9}))
