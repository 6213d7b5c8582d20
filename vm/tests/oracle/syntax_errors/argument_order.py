for src in ("f(a=1, 2)", "f(**k, *a)", "f(**k, b)", "def f(a=1, b): pass", "def f(*, **k): pass", "def f(a, a): pass", "f(a=1, a=2)", "def f(**k, a): pass"):
    try:
        exec(src)
        print("compiled:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", src)
    except (NameError, TypeError) as e:
        print(type(e).__name__, "at run:", src)
