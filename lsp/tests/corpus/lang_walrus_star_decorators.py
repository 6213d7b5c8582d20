# Walrus, star-expressions, decorators with arguments, nested closures.
import time


def retry(times=3, exceptions=(OSError,)):
    def wrap(fn):
        def inner(*args, **kwargs):
            last = None
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
            raise last
        return inner
    return wrap


def timed(fn):
    def inner(*a, **kw):
        t0 = time.ticks_us()
        try:
            return fn(*a, **kw)
        finally:
            inner.calls = getattr(inner, "calls", 0)
    return inner


calls = []


@retry(times=2)
def flaky(n):
    calls.append(n)
    if len(calls) < 2:
        raise OSError(5)
    return n * 2


print(flaky(21), calls)
data = [3, 1, 4, 1, 5, 9, 2, 6]
first, *middle, last = data
print(first, middle, last)
head, *_ = data
*_, tail = data
print(head, tail)
print(*data, sep=",")
merged = {**{"a": 1}, **{"b": 2}}
print(sorted(merged.items()))
if (n := len(data)) > 5:
    print("long", n)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print([y for x in range(5) if (y := x * x) > 4])


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c = counter()
c()
c(5)
print(c())
total = 0


def add(x):
    global total
    total += x


for i in range(4):
    add(i)
print(total)
a, (b, c2) = 1, (2, 3)
print(a, b, c2)
for i, (k, v) in enumerate(sorted(merged.items())):
    print(i, k, v)
