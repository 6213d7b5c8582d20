def g():
    x = yield 1
    return x
it = g()
next(it)
try:
    it.send("bye")
except StopIteration as e:
    print("returned", e.value)
try:
    it.send("again")
except StopIteration as e:
    print("again", e.value)
