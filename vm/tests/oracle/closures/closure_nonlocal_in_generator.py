def outer():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return gen, lambda: count
g, get = outer()
print(list(g()), get())
