pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for i, (n, s) in enumerate(pairs):
    print(i, n, s)
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, sorted(kw.items())
args = (1, 2)
kwargs = {"c": 3, "z": 4}
print(f(*args, **kwargs))
print(f(*range(5)))
print(f(**{"a": 1, "b": 2}))
