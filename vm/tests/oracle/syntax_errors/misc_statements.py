# statements in the wrong place
def check(src):
    try:
        exec(src)
        print("ok:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0], repr(src))


for src in ["break", "continue", "return 1", "yield 1", "class C:\n    return 1", "class C:\n    yield 1",
            "for a in b: pass\nelse: break", "def f():\n    from m import *", "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
            "if 1:\npass", "  x = 1", "if 1:\n    a\n  b", "x = (1 +", "print 1", "a if b",
            "def f():\n    try:\n        pass\n    finally:\n        continue", "lambda: (yield)"]:
    check(src)
