def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def outer():
    result = yield from inner()
    yield "result=%d" % result
g = outer()
next(g)
g.send(5)
g.send(7)
print(g.send(None))
