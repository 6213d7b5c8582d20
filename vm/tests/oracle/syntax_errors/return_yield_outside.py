for src in ("return 1", "yield 1", "x = yield", "await x", "break", "continue", "class C:\n    return 1", "def f():\n    class C:\n        yield 1"):
    try:
        exec(src)
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))
