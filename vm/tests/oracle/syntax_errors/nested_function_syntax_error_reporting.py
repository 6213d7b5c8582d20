src = "def outer():\n    def inner():\n        return 1 +\n    return inner\n"
try:
    exec(src)
except SyntaxError as e:
    print("SyntaxError", e.args[0] if e.args else "", type(e).__name__)
