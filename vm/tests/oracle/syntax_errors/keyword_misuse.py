for src in ("def f(x, True): pass", "class None: pass", "import if", "x.if = 1", "def class(): pass", "for in x: pass", "lambda x, x: 0", "else = 1", "pass = 2"):
    try:
        exec(src)
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))
