# generator objects and their methods
def g():
    yield 1
it = g()
print(iter(it) is it, hasattr(it, "send"), hasattr(it, "throw"), hasattr(it, "close"), hasattr(it, "__next__"))
print(it.__next__())
print(next(it, "end"))
it.close()
print(next(it, "closed"))
