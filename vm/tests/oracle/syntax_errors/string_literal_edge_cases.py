for src in ("'a' 'b'", "'''a\nb'''", "'\\q'", "r'\\'", "'\\x4'", "'\\u12'", "b'\\u1234'", "'\\N{DASH}'", "''''''"):
    try:
        v = eval(src)
        print(repr(src), "ok", repr(v))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.args[0] if e.args else "")
    except Exception as e:
        print(repr(src), type(e).__name__)
