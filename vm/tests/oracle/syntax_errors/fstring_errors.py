for src in ("f'{}'", "f'{'", "f'}'", "f'{1!x}'", "f'{1:{2:{3}}}'", "f'{a b}'", "f'{\"a\"}'", "f'{{}}'"):
    try:
        v = eval(src, {"a": 1, "b": 2})
        print(repr(src), "ok", repr(v))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
    except Exception as e:
        print(repr(src), type(e).__name__, e)
