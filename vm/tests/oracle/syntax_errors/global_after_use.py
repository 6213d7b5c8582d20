for src in ("def f():\n    x = 1\n    global x", "def f():\n    print(y)\n    global y", "def f(a):\n    global a", "def f():\n    global g\n    g = 1\nf()\nprint(g)"):
    try:
        exec(src)
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
