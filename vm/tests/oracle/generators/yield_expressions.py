# yield as an expression in various positions
def g():
    a = yield 1
    b = (yield 2) + 10
    print("got", a, b)
    c = [(yield 3), (yield 4)]
    print("list", c)
it = g()
print(next(it), it.send("A"), it.send(5), it.send("x"))
try:
    it.send("y")
except StopIteration:
    print("done")
