def g():
    yield "a"
    yield "b"
it = g()
print(hasattr(it, "__next__"), hasattr(it, "send"), hasattr(it, "throw"))
print(it.__next__(), next(it))
print(list(zip(g(), g())), dict(enumerate(g())))
