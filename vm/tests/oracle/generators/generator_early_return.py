def g(n):
    for i in range(n):
        if i == 2:
            return
        yield i
    yield "end"
print(list(g(5)), list(g(2)))
