# In MicroPython, code run by eval()/exec() inside a function sees the
# module's globals, not the function's local variables.
y = "global"
def f():
    y = "local"
    return eval("y")
print(f())
help()
class K:
    size = 3
    name = "k"
help(K)
