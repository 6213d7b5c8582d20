# what can and cannot be assigned to or deleted
def check(src):
    try:
        exec(src)
        print("ok:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0], repr(src))


for src in ["1 = x", "None = 1", "f() = 1", "a + b = 1", "(a, 1) = 1, 2", "() = []", "[] = []",
            "a, *b, *c = 1, 2, 3", "*a = [1]", "*a, = [1]", "x = 1 = 2", "[a, b] = 1, 2",
            "a.b, c[0] = 1, 2", "(yield) = 1", "lambda: 1 = 1", "__debug__ = 0",
            "del ()", "del []", "del f()", "del a + 1", "del (a, b)", "del [a]",
            "f() += 1", "(a, b) += 1", "[a] += 1", "x: int = 1", "a.b: int = 1",
            "for 1 in x: pass", "with x as f(): pass", "[x for 1 in y]"]:
    check(src)
print(__debug__)
