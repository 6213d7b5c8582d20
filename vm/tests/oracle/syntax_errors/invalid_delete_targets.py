for src in ("del 1", "del (a + b)", "del f()", "del [a, 1]", "del a.b()", "del 'x'", "del (a, (b, 1))"):
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
    except NameError as e:
        print(repr(src), "NameError")
