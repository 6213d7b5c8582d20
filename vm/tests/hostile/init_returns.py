# __init__ returning a value: TypeError in the caller, and the program goes
# on (directly, from native code, in a generator, under yield from).


class A:
    def __init__(self):
        return [1]


class B:
    def __init__(self, x):
        self.x = x


def make():
    return A()


def gen():
    for i in range(2):
        try:
            yield A()
        except TypeError as e:
            yield "gen: " + str(e)


def outer():
    r = yield from gen()
    return r


for attempt in (A, make, lambda: list(map(lambda _: A(), [0])), lambda: [A() for _ in range(1)]):
    try:
        attempt()
    except TypeError as e:
        print(e)
for x in outer():
    print(x)
print(B(5).x, [B(i).x for i in range(3)])


def deep(n):
    return A() if n == 0 else deep(n - 1)


for _ in range(3):
    try:
        deep(20)
    except TypeError as e:
        print("deep:", e)
print("alive")
