def g():
    yield 1
    return 99
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def outer():
    v = yield from g()
    yield v * 2
print(list(outer()))
