# a keyword given twice is an error
def f(**kw):
    return kw
for call in ("f(a=1, **{'a': 2})", "f(**{'a': 1}, **{'a': 2})", "f(**{1: 2})"):
    try:
        print(eval(call))
    except TypeError as e:
        print(call, "TypeError", e)
def g(a=0, **kw):
    return a, kw
for src in ("g(a=1, a=2)", "f(b=1, b=2)"):
    try:
        print(eval(src))
    except TypeError as e:
        print(src, "TypeError", e)
