# * and ** in calls
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, sorted(kw.items())
print(f(*(1, 2)), f(*[1], **{"b": 2}), f(1, *range(2, 6)), f(*"xy", z=1))
print(f(1, 2, 3, *[4], *[5, 6]), f(**{"a": 0, "b": 0, "k": 9}))
try:
    f(1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError")
