def g():
    x = yield
    print("x", x)
    y = (yield 1) + 10
    print("y", y)
    z = yield (yield 2)
    print("z", z)
it = g()
print(next(it))
print(it.send("first"))
print(it.send(5))
print(it.send("inner"))
try:
    it.send("last")
except StopIteration:
    print("done")
