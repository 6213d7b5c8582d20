# decorators are closures applied at definition
def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, sorted(kw.items()))
        return fn(*args, **kw)
    return wrapper
@trace
def add(a, b=0):
    return a + b
print(add(1, b=2), add(3))
def times(n):
    def deco(fn):
        def w(x):
            return fn(x) * n
        return w
    return deco
@times(3)
@times(2)
def ident(x):
    return x
print(ident(5))
