def a():
    v = "a"
    def b():
        def c():
            nonlocal v
            v = v + "c"
        c()
        return v
    r = b()
    return r, v
print(a())
def x():
    m, n = 1, 2
    def y():
        nonlocal m, n
        m, n = n, m
    y()
    return m, n
print(x())
