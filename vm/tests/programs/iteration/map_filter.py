print(list(map(abs, [-1, 2, -3])), list(map(str, range(3))), list(map(lambda x: x * 2, "ab")))
print(list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
print(list(map(len, ["", "ab", [1, 2, 3]])), list(map(int, "123")), list(map(None.__class__, [])) if False else [])
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x > 100, [1, 2])), tuple(filter(None, ())))
# laziness: nothing is computed until the iterator is advanced
log = []
def f(x):
    log.append(x)
    return x * 10
m = map(f, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
print(list(m))
fl = filter(lambda x: log.append(("f", x)) or x > 1, [1, 2, 3])
print(next(fl), log[-2:])
# chaining lazily over an infinite source
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = filter(lambda n: n % 2 == 0, naturals())
squares = map(lambda n: n * n, evens)
print([next(squares) for _ in range(5)])
print(sum(map(int, "12345")), max(map(len, ["a", "abc", "ab"])), sorted(map(lambda s: "".join(reversed(s)), ["ab", "ca"])))
print(list(map(lambda kv: kv[0] * kv[1], {"a": 2, "b": 3}.items())))
print(set(map(lambda x: x % 3, range(10))) == {0, 1, 2}, dict(map(lambda x: (x, x * x), range(3))))
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
attempt(lambda: list(map(lambda x: x, 5)))
attempt(lambda: list(map(abs, ["a"])))
attempt(lambda: list(filter(lambda: True, [1])))
attempt(lambda: list(filter(None, 3)))
attempt(lambda: map(abs))
attempt(lambda: list(zip(1, 2)))
attempt(lambda: list(enumerate(5)))
