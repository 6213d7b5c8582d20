fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
gs = {k: (lambda k=k: k * 2) for k in "ab"}
print(sorted((k, v()) for k, v in gs.items()))
def outer():
    return [(lambda: n) for n in range(3)]
print([f() for f in outer()])
