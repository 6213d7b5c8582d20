for src in ("for x in 1 2: pass", "while: pass", "def f(: pass", "class (A): pass", "import", "from import x", "from x import", "return", "x =", "= 1"):
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
