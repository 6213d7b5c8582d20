# exceptions leaving generators
def gen():
    yield 1
    raise ValueError("in gen")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))
def gen2():
    try:
        yield 1
    finally:
        print("gen2 finally")
for x in gen2():
    print(x)
    break
