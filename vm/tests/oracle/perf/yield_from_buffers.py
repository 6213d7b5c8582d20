# A generator's saved stack and try blocks are kept in buffers reused from
# one yield to the next: values, handlers and depths must survive chains of
# yield from, sends, throws and closes.


def leaf(n, log):
    try:
        for i in range(n):
            try:
                got = yield i
                if got is not None:
                    log.append(("got", got))
            except ValueError as e:
                log.append(("caught", str(e)))
                yield -i
    finally:
        log.append("leaf done")
    return n * 10


def middle(depth, n, log):
    if depth == 0:
        r = yield from leaf(n, log)
    else:
        try:
            r = yield from middle(depth - 1, n, log)
        finally:
            log.append(("middle", depth))
    return r + 1


log = []
g = middle(5, 4, log)
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    while True:
        print(next(g))
except StopIteration as e:
    print("returned", e.value)
print(log)

log = []
g = middle(3, 100, log)
print(next(g), next(g))
g.close()
print(log)

# Many generators alive at once, each suspended at a different depth of its
# stack.
gens = [leaf(i + 2, []) for i in range(20)]
for k in range(3):
    print([next(x, None) for x in gens])


def deep(n):
    if n:
        x = yield from deep(n - 1)
        return x + [n]
    yield "bottom"
    return []


g = deep(30)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(len(e.value), e.value[:3])
