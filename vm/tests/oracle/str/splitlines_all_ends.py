# splitlines with every line end it recognises, with and without keepends.
for s in ("a\nb", "a\r\nb", "a\rb", "a\n", "\n", "", "a\n\nb\n", "a\x0bb\x0cc", "a\x1cb\x85c"):
    print(repr(s), s.splitlines(), s.splitlines(True))
