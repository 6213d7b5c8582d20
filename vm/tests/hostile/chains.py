# Long chains of wrappers each asking the next for an item: map, filter,
# zip, enumerate, generators, except and isinstance tuples.


def attempt(what, f):
    try:
        r = f()
        print(what, "ok", str(r)[:30])
    except Exception as e:
        print(what, type(e).__name__, e)


def chain(make, n):
    it = iter(range(3))
    for _ in range(n):
        it = make(it)
    return it


for n in (10, 100000):
    attempt("map %d" % n, lambda: list(chain(lambda it: map(lambda x: x, it), n)))
    attempt("filter %d" % n, lambda: list(chain(lambda it: filter(None, it), n)))
    attempt("zip %d" % n, lambda: next(chain(lambda it: zip(it), n)))
    attempt("enumerate %d" % n, lambda: next(chain(enumerate, n)))
    attempt("genexp %d" % n, lambda: list(chain(lambda it: (x for x in it), n)))

t = ValueError
for _ in range(100000):
    t = (t,)
attempt("except tuple", lambda: [1][2])


def catch():
    try:
        raise ValueError
    except t:
        return "caught"


attempt("except deep tuple", catch)
attempt("isinstance deep tuple", lambda: isinstance(1, t))
attempt("issubclass deep tuple", lambda: issubclass(int, t))
print("alive")
