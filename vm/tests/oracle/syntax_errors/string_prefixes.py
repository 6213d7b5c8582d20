for src in ("R'x'", "BR'x'", "F'x'", "U'x'", "u'x'", "rb'x'", "br'x'", "b'\\xff'", "b'é'", "f'{'", "f'}'", "f'{}'", "f'{x!z}'", "rf'{1}'"):
    try:
        exec("v = " + src)
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", src)
    except Exception as e:
        print(type(e).__name__, "|", src)
