for src in ("@\ndef f(): pass", "@x\nx = 1", "def f(*): pass", "def f(a, *, b=1, c): return c", "def f(a, /, b): return a", "def f(**a, **b): pass", "def f(*a, *b): pass", "class C(x=1): pass"):
    try:
        exec(src, {"x": lambda f: f})
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))
    except Exception as e:
        print(type(e).__name__, e, "|", repr(src))
