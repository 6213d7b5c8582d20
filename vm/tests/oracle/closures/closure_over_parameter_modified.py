def f(x):
    def g():
        return x
    x = x * 2
    return g
print(f(5)())
