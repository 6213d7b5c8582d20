def g(n):
    for i in range(n):
        yield i
print(list(zip(g(3), g(5), "abcd")), list(zip(g(0), g(10))))
print(list(zip(*zip("abc", "xyz"))))
