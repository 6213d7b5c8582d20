x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
class K:
    x = "class"
    y = [x for _ in range(1)]
    def m(self):
        return x
print(K.x, K().m())
def closure_loop():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(closure_loop())
def outer():
    v = "outer"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner.w, Inner().get()
print(outer())
def deleter():
    a = 1
    del a
    try:
        print(a)
    except NameError:
        print("deleted")
deleter()
def comp_scope():
    n = 10
    return [n + i for i in range(3)]
print(comp_scope())
total = 0
def add_all(items):
    global total
    for it in items:
        total += it
add_all([1, 2, 3])
print(total)
def make():
    def a(): return b()
    def b(): return "b"
    return a()
print(make())
