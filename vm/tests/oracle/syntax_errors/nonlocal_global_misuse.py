for src in ("nonlocal x", "def f():\n    nonlocal x", "def f():\n    x = 1\n    global x", "def f(a):\n    global a", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x", "def f():\n    print(x)\n    global x"):
    try:
        exec(src)
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))
