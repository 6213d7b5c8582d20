def g():
    yield 1
    return 2
it = g()
print(next(it, "d"), next(it, "d"), next(it, "d"))
