# compile-time errors found by compiling source text
def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src))
for src in ["x = 1", "x =", "def f(:", "return 1", "break", "continue", "yield 1", "1 = x", "f() = 1",
            "del 1", "del f()", "x + 1 = 2", "class", "if x:\npass", "for x in y: pass", "lambda: (yield)",
            "[x for x in]", "a, b += 1", "import", "from x import", "x = [1, 2", "print('a' 'b')",
            "nonlocal x", "def f():\n  nonlocal q", "def f(a, a): pass", "def f(a=1, b): pass",
            "f(a=1, 2)", "f(**k, *a)", "@dec\nx = 1", "try:\n  pass", "else: pass", "while 1: pass\nelse: pass"]:
    check(src)
