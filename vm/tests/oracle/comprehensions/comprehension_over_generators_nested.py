def g(n):
    for i in range(n):
        yield i
print([(a, b) for a in g(3) for b in g(a)])
print(sum(x for x in g(5) if x % 2))
