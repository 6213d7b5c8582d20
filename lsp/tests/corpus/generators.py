def gen(n):
    for i in range(n):
        yield i
    yield from range(2)
print(list(gen(3)))
