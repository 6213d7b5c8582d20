# global and nonlocal declarations MicroPython's compiler refuses
def check(src):
    try:
        exec(src)
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0])


check("nonlocal q")
check("def f():\n    nonlocal q")
check("def f():\n    def g():\n        nonlocal q\n    q = 1")
check("def f(p):\n    global p")
check("def f(p):\n    nonlocal p")
check("def f():\n    v = 1\n    global v")
check("def f():\n    print(v)\n    global v")
check("def f():\n    global v\n    nonlocal v")
check("def f():\n    global v\n    global v\n    v = 2")
check("x = 1\nglobal x")
check("def f():\n    q = 1\n    def g():\n        nonlocal q\n        q = 2\n    g()\n    return q\nprint(f())")
check("class C:\n    nonlocal q")
