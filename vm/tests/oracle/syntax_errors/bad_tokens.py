for src in ("x = 1 +", "x = (1", "x = [1, 2", "x = 'unterminated", "x = $", "x = 1 2", "def", "class", "if x", "print('a' 'b' c)", "0x", "1__0", "1_", "09", "x = \"\"\"open"):
    try:
        exec(src)
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))
    except Exception as e:
        print(type(e).__name__, "|", repr(src))
