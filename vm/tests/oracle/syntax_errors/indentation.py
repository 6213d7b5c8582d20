for src in ("if 1:\nprint(1)", "  x = 1", "if 1:\n    a = 1\n  b = 2", "def f():\n\treturn 1\n        return 2", "for i in x:\n"):
    try:
        exec(src)
        print("compiled:", repr(src))
    except IndentationError as e:
        print("IndentationError:", e.args[0] if e.args else "", "|", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))
