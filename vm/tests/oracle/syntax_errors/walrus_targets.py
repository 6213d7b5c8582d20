for src in ("(a.b := 1)", "(a[0] := 1)", "((a, b) := (1, 2))", "x = (y := 5)\nprint(x, y)", "[i := 0 for i in range(2)]"):
    try:
        exec(src)
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "")
