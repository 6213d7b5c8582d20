g = {"a": 2}
exec("b = a * 3", g)
print(g["b"])
print(eval("a + b", g))
print(eval("[x * x for x in range(4)]"))
l = {}
exec("def f(x):\n    return x + 1\n", l)
print(l["f"](41) if "f" in l else "no f")
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
