for src in ("0b", "0o", "0x", "0b12", "0o9", "0xg", "1e", "08", "00", "0_0", "1__2", "0x_1", "1_000.5", "5j"):
    try:
        v = eval(src)
        print(repr(src), "ok", repr(v))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
