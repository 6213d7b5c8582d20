def outer(k):
    def inner(x, k2=k * 2):
        return x + k + k2
    k = 100
    return inner
f = outer(1)
print(f(0), f(0, 0))
