# exec/eval/compile details
exec("a = 1\nb = 2")
print(a + b)
src = """
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
result = [fib(i) for i in range(10)]
"""
env = {}
exec(src, env)
print(env["result"])
print(eval("len('abc') + max(1, 2)"), eval("{'k': [1, 2]}['k'][1]"))
print(eval("a if a else b"), eval("(1, 2) + (3,)"))
loc = {"q": 3}
exec("q = q * 2\nnew = q + 1", {}, loc)
print(loc["q"], loc["new"])
g = {"base": 10}
exec("def add(x):\n    return base + x", g)
print(g["add"](5))
code = compile("total = sum(range(5))", "<s>", "exec")
for _ in range(2):
    exec(code)
print(total)
expr = compile("total * 2", "<s>", "eval")
print(eval(expr), eval(expr, {"total": 1}))
print(eval(b"1 + 1"), eval("\t3"))
try:
    compile("x", "<s>", "bogus")
except ValueError:
    print("ValueError mode")
try:
    eval("1/0")
except ZeroDivisionError:
    print("ZeroDivisionError inside eval")
try:
    exec("raise KeyError('k')")
except KeyError as e:
    print("KeyError", e.args)
def outer():
    exec("inner_var = 5", globals())
    return inner_var
print(outer(), "inner_var" in globals())
print(eval("__name__"), eval("x", {"x": "custom"}))
nested = eval("eval('1 + 2') * 3")
print(nested)
os_mod = __import__("gc")
print(type(os_mod).__name__)
print(callable(eval), callable(exec), callable(compile), callable(dir))
print(sorted(k for k in dir() if not k.startswith("_"))[:5])
