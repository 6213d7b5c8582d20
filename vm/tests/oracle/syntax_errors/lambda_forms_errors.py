for src in ("lambda x: yield x", "lambda: (yield)", "lambda *: 0", "lambda x=1, y: 0", "lambda: return 1", "f = lambda x, *a, k: x"):
    try:
        exec(src)
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
