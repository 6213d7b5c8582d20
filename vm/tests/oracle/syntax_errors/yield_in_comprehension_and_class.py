for src in ("[(yield x) for x in y]", "class C:\n    yield 1", "def f():\n    return [(yield) for _ in range(1)]", "def g():\n    x = yield\n    return x"):
    try:
        exec(src, {"y": [1]})
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
