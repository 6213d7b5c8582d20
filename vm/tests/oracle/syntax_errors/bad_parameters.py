# parameter lists that do not compile
for src in ["def f(a, a): pass", "def f(a=1, b): pass", "def f(*, a): pass", "def f(*): pass", "def f(**k, a): pass",
            "def f(*a, *b): pass", "def f(**a, **b): pass", "def f(a, *, b=1, c): pass", "lambda a, a: 0",
            "lambda *: 0", "def f(a, /, b): pass", "def f(a=1, /, b=2): pass"]:
    try:
        compile(src, "<t>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", src)
