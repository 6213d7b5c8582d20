import micropython


def counter(start=0, step=1):
    value = start

    def increment(by=None):
        nonlocal value
        value += step if by is None else by
        return value

    return increment


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


def chain(*iterables):
    for it in iterables:
        yield from it


def memoize(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        return cache[key]

    return wrapper


@memoize
def slow_square(x):
    return x ** 2


def accumulate():
    total = 0
    while True:
        received = yield total
        if received is None:
            break
        total += received


@micropython.native
def fast_sum(n: int) -> int:
    s = 0
    for i in range(n):
        s += i
    return s


@micropython.viper
def viper_fill(buf, value: int):
    p = ptr8(buf)
    for i in range(int(len(buf))):
        p[i] = value


def keyword_only(a, b=2, *rest, flag=False, **extra):
    return a, b, rest, flag, extra


tick = counter(10, 5)
tick(); tick(by=100)
print(list(take(10, fib())), list(chain([1], (2, 3), range(4, 6))))
gen = accumulate()
next(gen)
gen.send(5)
print(slow_square(12), fast_sum(100), keyword_only(1, 2, 3, flag=True, z=0))
compose = lambda f, g: lambda *a, **k: f(g(*a, **k))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(3))
