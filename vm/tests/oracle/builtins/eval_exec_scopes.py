x = 1
print(eval("x + 1"), eval("x * y", {"x": 3, "y": 4}), eval("z", {}, {"z": 9}))
g = {}
exec("a = 5\nb = a * 2", g)
print(g["a"], g["b"])
exec("x = 100")
print(x)
def f():
    loc = {}
    exec("q = 7", {}, loc)
    return loc.get("q")
print(f())
for bad in ("1 +", "def", "x ==="):
    try:
        eval(bad)
    except SyntaxError:
        print("SyntaxError for", repr(bad))
