for src in ("1 +", "(1", "[1,", "1 2", "if", "lambda:", "a b", "1 = 1"):
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
