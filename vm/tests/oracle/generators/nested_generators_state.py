def inner(n):
    for i in range(n):
        yield i
def outer():
    for n in range(1, 4):
        yield list(inner(n))
print(list(outer()))
gens = [inner(3) for _ in range(2)]
print(next(gens[0]), next(gens[0]), next(gens[1]))
