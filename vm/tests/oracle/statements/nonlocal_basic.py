def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc()
print(outer())
def counter():
    n = 0
    def step(k=1):
        nonlocal n
        n += k
        return n
    return step
s = counter()
print(s(), s(5), s())
t = counter()
print(t(), s())
