for src in ("*a = 1", "a, *b, *c = 1, 2", "print(*a for a in b)", "x = *a", "[*a]", "(*a,)", "{*a}", "{**a}", "f(*a, *b)", "a, *b = c"):
    try:
        compile(src, "<s>", "exec") if False else exec("def _():\n    " + src)
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))
