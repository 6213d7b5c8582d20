# Issue #16: __init__ returning a value under yield from went on, then panicked
class A:
    def __init__(self):
        return 5

def inner():
    yield 1
    A()
    yield 2

def outer():
    r = yield from inner()
    return r

for v in outer():
    print(v)
