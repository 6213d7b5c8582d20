# Classes with the protocols MicroPython supports: iteration, containers,
# comparisons, context managers, __repr__/__str__, class and static methods.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __hash__(self):
        return hash((self.x, self.y))

    @classmethod
    def zero(cls):
        return cls()

    @staticmethod
    def dot(a, b):
        return a.x * b.x + a.y * b.y


class Registry:
    def __init__(self):
        self._d = {}

    def __setitem__(self, k, v):
        self._d[k] = v

    def __getitem__(self, k):
        return self._d[k]

    def __contains__(self, k):
        return k in self._d

    def __delitem__(self, k):
        del self._d[k]

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self._d.clear()
        return False

    def __call__(self, *keys):
        return [self._d.get(k) for k in keys]

    def __bool__(self):
        return bool(self._d)


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, a == Vec(1, 2), a < b, list(a), len(a), a[1])
print(Vec.zero(), Vec.dot(a, b), sorted([b, a]), {a: 1}[Vec(1, 2)])
with Registry() as r:
    r["x"] = 1
    r["y"] = 2
    print("x" in r, r("x", "y", "z"), bool(r))
    del r["x"]
print(bool(r))
