def counter():
    n = 0

    def inc(by=1, *rest, scale=1, **kw):
        nonlocal n
        n += by * scale + len(rest) + len(kw)
        return n

    return inc


c = counter()
print(c(), c(2), c(1, 2, 3, scale=10, q=1), [c() for _ in range(3)])
adders = [lambda v, i=i: v + i for i in range(3)]
print([a(10) for a in adders], {k: v for k, v in enumerate("abc") if k != 1}, {x % 3 for x in range(10)})
g = (lambda *a, **k: (a, k))(1, *[2, 3], x=4, **{"y": 5})
print(g, list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "s"])))


@staticmethod
def s():
    return "static"


class K:
    v = 1
    s = s

    @classmethod
    def c(cls):
        return cls.v

    @property
    def p(self):
        return self.v + 1


print(K.s(), K.c(), K().p, getattr(K, "missing", None), [n for n in dir(K()) if not n.startswith("_")])
