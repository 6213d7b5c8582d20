# lambdas with every kind of parameter
f = lambda: 1
g = lambda a, b=2, *c, d, e=5, **k: (a, b, c, d, e, sorted(k))
print(f(), g(1, d=4), g(1, 2, 3, d=4, z=0))
print((lambda *a: a)(1, 2), (lambda **k: len(k))(a=1))
print(sorted([3, -1, 2], key=lambda v: -v), list(map(lambda x, y: x * y, [1, 2], [3, 4])))
print((lambda x: (lambda y: x + y))(1)(2))
