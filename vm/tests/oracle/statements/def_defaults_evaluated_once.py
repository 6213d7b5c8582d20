def f(x, acc=[]):
    acc.append(x)
    return acc
print(f(1), f(2))
print(f(3, []))
print(f(4))
n = 5
def g(v=n):
    return v
n = 6
print(g())
def h(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw)
print(h(0, c=3))
print(h(0, 1, 2, 3, c=9, e=1, d=2))
