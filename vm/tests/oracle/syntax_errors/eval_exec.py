# eval and exec with their own namespaces
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("a + b", {"a": 1}, {"b": 2}))
g = {}
exec("y = 5\ndef f():\n    return y * 2", g)
print(g["y"], g["f"]())
exec("z = 1")
print(z)
try:
    eval("x = 1")
except SyntaxError:
    print("SyntaxError")
code = compile("3 * 4", "<expr>", "eval")
print(eval(code))
