# keyword arguments reach **kwargs
def f(**kw):
    return kw
r = f(b=1, a=2, c=3)
print(len(r), r["a"], r["b"], sorted(r))
def g(a, **kw):
    return a, sorted(kw.items())
print(g(1, x=2), g(a=3, y=4))
try:
    g(1, a=2)
except TypeError as e:
    print("TypeError", e)
