# a closure keeps its cell between calls
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
a, b = counter(), counter()
print(a(), a(), a(5), b(), a())
