# a tuple subclass with its own methods and properties
class Point(tuple):
    @property
    def x(self):
        return self[0]

    def swapped(self):
        return Point((self[1], self[0]))


p = Point((1, 2))
print(p, p.x, p[1], len(p), isinstance(p, tuple), type(p).__name__)
print(p + (3,), p == (1, 2), list(p), p.swapped(), type(p.swapped()).__name__)
a, b = p
print(a, b)


class Tag(tuple):
    pass


t = Tag([4, 5])
print(t, type(t) is Tag, t.count(4), hash(t) == hash((4, 5)))


class WithInit(tuple):
    def __init__(self, items):
        print("init", items)


print(WithInit("ab"))
