def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    yield "final %d" % total
g = acc()
print(next(g), g.send(5), g.send(10), g.send(None))
try:
    g.send(1)
except StopIteration:
    print("exhausted")
g2 = acc()
try:
    g2.send(3)
except TypeError as e:
    print("TypeError", e)
