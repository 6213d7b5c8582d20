for src in ("[x for x in 1, 2]", "[x for x in range(3) if]", "{x: for x in y}", "(x for x in)", "[i for i in range(3)] = 1", "[x async for x in y]", "[yield x for x in y]"):
    try:
        exec(src)
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))
    except Exception as e:
        print(type(e).__name__, "|", repr(src))
