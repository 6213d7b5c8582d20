for src in ("break", "continue", "if 1:\n    break", "def f():\n    continue", "for i in x:\n    def g():\n        break", "while 1:\n    class C:\n        break"):
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
