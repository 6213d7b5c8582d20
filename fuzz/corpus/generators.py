def inner(n):
    for i in range(n):
        got = yield i
        if got:
            return got


def outer():
    r = yield from inner(3)
    yield r
    try:
        yield 10
    finally:
        print("closed")


g = outer()
print(next(g), g.send(None), g.send("back"))
print(list(x * 2 for x in inner(4)))
g.close()


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a[0])
        return True


with Ctx():
    raise ValueError("swallowed")
