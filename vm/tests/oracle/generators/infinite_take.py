# taking from infinite generators
def nat():
    n = 0
    while True:
        yield n
        n += 1
out = []
for v in nat():
    if v > 5:
        break
    out.append(v)
print(out)
it = nat()
print([next(it) for _ in range(4)], list(zip(range(3), nat())))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
