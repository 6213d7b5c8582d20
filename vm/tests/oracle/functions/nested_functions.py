# functions defined inside functions
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def apply_all(fs, v):
    return [f(v) for f in fs]
def make_ops():
    def inc(v):
        return v + 1
    def dbl(v):
        return v * 2
    return [inc, dbl]
print(apply_all(make_ops(), 10))
