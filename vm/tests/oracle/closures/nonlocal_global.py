# nonlocal and global declarations
g = 0
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            global g
            x += 1
            g += 10
        inner()
        return x
    return mid()
print(outer(), g)
def shadow():
    g = "local"
    def f():
        return g
    return f()
print(shadow(), g)
