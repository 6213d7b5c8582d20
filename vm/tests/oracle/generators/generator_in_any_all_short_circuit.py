def g():
    for i in range(10):
        print("gen", i)
        yield i
print(any(v > 2 for v in g()))
