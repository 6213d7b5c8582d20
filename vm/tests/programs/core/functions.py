def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 10, "z": 1}))
def g(*, key=None):
    return key
print(g(), g(key="k"))
def h(x: int, y: "str" = "s") -> list:
    return [x, y]
print(h(1))
lam = lambda x, y=10: x + y
print(lam(1), lam(1, 2), (lambda: 42)())
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter()
c(); c(5)
print(c())
G = 1
def setg():
    global G
    G = 99
setg()
print(G)
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, 3))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in make_adders()])
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner()
    return mid()
print(outer())
def defaults(a, l=[]):
    l.append(a)
    return l
print(defaults(1), defaults(2))
print((lambda *a, **k: (a, k))(1, 2, x=3))
