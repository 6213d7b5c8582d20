# globals() and locals()
x = 1
g = globals()
print(g["x"], "g" in g, type(g).__name__)
g["y"] = 2
print(y)
def f(a):
    b = 2
    return sorted(locals().items()) if locals() else "empty"
print(type(f(1)).__name__)
