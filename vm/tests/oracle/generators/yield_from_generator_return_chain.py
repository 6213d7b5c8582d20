def leaf(n):
    yield n
    return n * 10
def mid():
    a = yield from leaf(1)
    b = yield from leaf(2)
    return a + b
def top():
    r = yield from mid()
    yield "total %d" % r
print(list(top()))
