def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
print(a(1)(2)(3), a("a")("b")("c"))
def counter3():
    n = [0]
    def inc():
        def really():
            n[0] += 1
            return n[0]
        return really()
    return inc
i = counter3()
print(i(), i(), i())
