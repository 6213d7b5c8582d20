# Builtins that drive a generator keep what they hold on the root stack, so
# the collector may run inside the generator. Under GC stress (a collection
# at every call and backward jump) a value they failed to root would be
# freed while still in use and print wrongly here.


def pairs(n):
    for k in range(n):
        yield [k, str(k) * 2]


def words(n):
    for k in range(n):
        yield "w" + str(k)


print(sum(len(p[1]) for p in pairs(30)))
print(list(p[1] for p in pairs(5)))
print(tuple(words(4)))
print(sorted(words(12), key=lambda w: (len(w), w[-1], w))[:5])
print(sorted(set(words(6))))
print(sorted(frozenset(p[1] for p in pairs(4))))
print(min(pairs(7), key=lambda p: -p[0]))
print(max((p for p in pairs(7)), key=lambda p: p[1]))
print(min(words(9)), max(words(9)))
print("-".join(words(6)))
print(",".join(p[1] for p in pairs(5)))
print(any(p[0] > 20 for p in pairs(30)), all(len(p) == 2 for p in pairs(30)))
a, b, c = words(3)
print(a, b, c)
first, *rest = pairs(4)
print(first, rest)
print(sorted(dict((w, len(w)) for w in words(4)).items()))
print(list(zip(words(3), pairs(3))))
print(list(enumerate(words(3), 1)))
print(list(map(len, words(12))))
print(list(filter(lambda p: p[0] % 3 == 0, pairs(10))))


def echo():
    got = []
    while True:
        x = yield len(got)
        got.append([x, str(x)])
        if x == 9:
            return got


g = echo()
next(g)
try:
    for i in range(10):
        g.send(i)
except StopIteration as e:
    print(e.value)


class Box:
    def __init__(self, v):
        self.v = [v]

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "Box(%d)" % self.v[0]


print(sorted(Box(k % 5) for k in range(8)))
print(sum(Box(k).v[0] for k in range(10)))
