print(eval("1 + 2 * 3"), eval("[i for i in range(3)]"), eval("'a' * 3"), eval("(1, 2)"), eval("{1: 2}"))
for src in ("x = 1", "import sys", "def f(): pass"):
    try:
        eval(src)
        print("eval ok", src)
    except SyntaxError:
        print("SyntaxError", src)
