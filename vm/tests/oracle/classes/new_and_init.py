# __new__ with arguments, and when __init__ runs
class Point:
    def __new__(cls, x, y):
        print("new", cls.__name__, x, y)
        obj = super().__new__(cls)
        obj.made = True
        return obj

    def __init__(self, x, y):
        print("init", x, y)
        self.x, self.y = x, y


p = Point(1, 2)
print(p.made, p.x, p.y)
q = Point.__new__(Point, 3, 4)
print(q.made, hasattr(q, "x"))


class Other:
    pass


class Swap:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("never")


print(type(Swap()).__name__)


class Nothing:
    def __new__(cls, *args):
        print("args", args)

    def __init__(self, *args):
        print("never either")


print(Nothing(1, 2, 3))


class Sub(Point):
    def __init__(self, x, y):
        super().__init__(x + 10, y + 10)


s = Sub(0, 0)
print(s.x, s.y, s.made)
o = object.__new__(Point)
print(type(o).__name__, hasattr(o, "made"))
for bad in (1, int):
    try:
        object.__new__(bad)
    except TypeError:
        print("TypeError")
