import sys
if sys.maxsize > 0:
    def f():
        return "first"
else:
    def f():
        return "second"
print(f())
def g(flag):
    if flag:
        def h():
            return "h1"
    else:
        def h():
            return "h2"
    return h()
print(g(True), g(False))
