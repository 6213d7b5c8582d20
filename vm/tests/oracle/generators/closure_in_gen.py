# generators closing over variables
def make(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen
print(list(make(3)()), list(make(2)()))
def outer():
    x = 1
    def g():
        nonlocal x
        while x < 10:
            yield x
            x *= 3
    return g, lambda: x
g, get = outer()
print(list(g()), get())
