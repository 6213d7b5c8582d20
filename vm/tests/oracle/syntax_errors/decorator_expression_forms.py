src = "def d(f):\n    return f\nclass K:\n    m = d\n@d\ndef a(): return 1\n@K.m\ndef b(): return 2\n@(lambda f: f)\ndef c(): return 3\nprint(a(), b(), c())\n"
try:
    exec(src)
except SyntaxError as e:
    print("SyntaxError", e.args[0] if e.args else "")
