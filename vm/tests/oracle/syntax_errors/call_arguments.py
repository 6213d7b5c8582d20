# order of arguments in a call and in a definition
def check(src):
    try:
        exec(src)
        print("ok:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0], repr(src))
    except NameError:
        print("compiled:", repr(src))


for src in ["f(a=1, b)", "f(**a, b)", "f(**a, *b)", "f(*a, b=1, *c)", "f(*a, b)",
            "f(a, *b, c, **d)", "f(a=1, *b)", "f(**a, b=1)", "def f(a=1, b): pass",
            "def f(a, a): pass", "lambda a, a: 0", "def f(*, a): pass", "def f(a, *b, c=1, **d): pass",
            "def f(**a, b): pass", "def f(*a, *b): pass", "f(x for x in y)", "f(1, *(x for x in y))"]:
    check(src)
