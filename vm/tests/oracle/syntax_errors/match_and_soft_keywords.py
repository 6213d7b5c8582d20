for src in ("match x:\n    case 1:\n        pass", "match = 1\nprint(match)", "case = 2\nprint(case)", "type X = int", "print(type(1))"):
    try:
        exec(src, {"x": 1})
        print("ran:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))
