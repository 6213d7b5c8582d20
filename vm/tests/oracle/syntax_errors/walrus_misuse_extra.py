for src in ("x := 1", "(x := 1)", "f(x := 1)", "[y := 1, y]", "def f(a := 1): pass", "(a, b := 1, 2)", "x = (y := 1) + y"):
    try:
        exec(src, {"f": print, "a": 0})
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
