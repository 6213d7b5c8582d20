# what cannot be assigned to
for src in ["None = 1", "True = 1", "... = 1", "(a, 1) = x", "[a, b()] = x", "a + b = 1", "-a = 1",
            "a if b else c = 1", "lambda: 1 = 1", "{a: b} = 1", "{a} = 1", "'s' = 1", "a.b = 1", "a[0] = 1",
            "(a) = 1", "[a] = x", "a, = x", "del (a, b)", "del [a]", "del a.b, c[0]", "for 1 in x: pass",
            "with x as 1: pass", "a += 1", "a.b += 1", "(a, b) += 1", "[a] += 1", "f() += 1"]:
    try:
        compile(src, "<t>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", src)
