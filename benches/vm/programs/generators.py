# Generators driven by builtins and by for loops; every temporary must be
# collectable while the builtin still iterates.
def pairs(n):
    for k in range(n):
        yield [k, k]


def chain(n):
    yield from pairs(n)
    yield from (x for x in pairs(n // 2))


print(sum(len(p) for p in pairs(300000)))
print(max(p[0] for p in chain(300000)))
print(len(list(x[1] for x in pairs(30000))))
total = 0
for p in chain(200000):
    total += p[1]
print(total)
