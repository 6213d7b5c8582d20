def g():
    yield 1
    yield 2
    yield 3
it = g()
a = next(it)
b, c = it
print(a, b, c)
