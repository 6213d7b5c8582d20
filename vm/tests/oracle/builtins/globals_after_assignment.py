x = 1
g = globals()
g["y"] = 2
print(y, "x" in g, g is globals())
def f():
    return globals() is g
print(f())
