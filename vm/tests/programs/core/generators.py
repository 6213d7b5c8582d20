def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
gen = (x * x for x in range(6) if x % 2 == 0)
print(sum(gen), list(x for x in "abc"))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import_free = []
for i, f in enumerate(fibs()):
    if i >= 10:
        break
    import_free.append(f)
print(import_free)
def nested():
    for i in range(3):
        yield from range(i)
print(list(nested()))
def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)
print(list(deep(50)))
