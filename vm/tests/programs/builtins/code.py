# exec, eval, compile, __import__, dir
x = 10
print(eval("x + 1"), eval("[i * i for i in range(4)]"), eval(" 1 + 2"))
print(eval("a * b", {"a": 3, "b": 4}), eval("y", {}, {"y": 5}))
exec("z = x * 2")
print(z)
g = {}
exec("def f(n):\n    return n + 1\nr = f(41)", g)
print(g["r"], "f" in g)
ns = {"v": 1}
exec("v += 1; w = v * 10", ns)
print(ns["v"], ns["w"])
c = compile("p = 7", "<test>", "exec")
exec(c)
print(p)
e = compile("p * 6", "<test>", "eval")
print(eval(e), eval(e, {"p": 2}))
print(eval(compile("3 ** 2", "s", "eval")))
try:
    eval("x = 1")
except SyntaxError:
    print("SyntaxError eval statement")
try:
    exec("1 +")
except SyntaxError:
    print("SyntaxError exec")
try:
    eval("undefined_name")
except NameError:
    print("NameError")
m = __import__("sys")
print(m.__name__ if hasattr(m, "__name__") else "sys")
class A:
    cls_attr = 1
    def method(self):
        pass
a = A()
a.inst = 2
print([n for n in dir(a) if not n.startswith("_")])
print([n for n in dir(A) if not n.startswith("_")])
print("append" in dir([]), "join" in dir(""), "keys" in dir({}))
def scope():
    q = 1
    r = 2
    return dir()
print(scope())
print("x" in dir(), "A" in dir())
print(eval("1 if True else 2"), eval("(lambda t: t * 3)(3)"))
