# Generators, yield from, iterators, itertools-free pipelines.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def chain(*its):
    for it in its:
        yield from it


def pairs(seq):
    it = iter(seq)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b


def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return avg


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(chain(count_up(3), "ab", (9,))))
print(list(pairs(range(7))))
g = averager()
next(g)
print(g.send(10), g.send(20))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)
print(list(Countdown(4)), sum(x * x for x in range(10)))
print(list(map(lambda x: x + 1, filter(None, [0, 1, 2]))), list(zip("ab", range(5))))
print(any(x > 3 for x in range(5)), all([]), min([3, 1], key=lambda v: -v), max(1, 2, 3))
print(list(reversed([1, 2, 3])), sorted("hello", reverse=True), dict(zip("ab", "cd")))
e = enumerate("xy", 1)
print(next(e), next(e))
