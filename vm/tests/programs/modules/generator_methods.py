# send / throw / close on generators and coroutines, driven from Python.


def averager():
    total = 0
    n = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            print("reset")
            total = n = 0
            avg = None
            continue
        total += x
        n += 1
        avg = total / n


g = averager()
print(next(g), g.send(10), g.send(20), g.throw(ValueError), g.send(5))
g.close()
try:
    g.send(1)
except StopIteration:
    print("closed")


def finite():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


f = finite()
print(next(f))
f.close()
f.close()


def returns():
    yield 1
    return "result"


r = returns()
next(r)
try:
    r.send(None)
except StopIteration as e:
    print("returned", e.value)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError")

t = returns()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e.args)


async def coro(x):
    return x * 2


c = coro(21)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
c2 = coro(1)
c2.close()
print(iter(g) is g)


# Throwing into a generator suspended in `yield from` inside `with`: the
# exception reaches the innermost generator first, then __exit__ runs.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False


def leaf():
    try:
        yield 5
    finally:
        print("leaf finally")


def middle():
    with CM():
        yield from leaf()


m = middle()
print(next(m))
try:
    m.throw(ValueError)
except ValueError:
    print("ValueError propagated")


def call(*a):
    return a


try:
    with CM():
        call(1, 2, 1 // 0)
except ZeroDivisionError:
    print("ZeroDivisionError propagated")
