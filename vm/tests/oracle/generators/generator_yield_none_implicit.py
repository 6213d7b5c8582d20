def g():
    yield
    yield None
    x = yield
    yield x
it = g()
print(next(it), next(it), next(it), it.send("sent"))
