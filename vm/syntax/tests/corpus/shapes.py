import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return "<%s %s area=%.2f>" % (type(self).__name__, self.name, self.area())

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return isinstance(other, Shape) and self.area() == other.area()


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @classmethod
    def square(cls, side):
        return cls(side, side, name="square")

    @staticmethod
    def from_tuple(t):
        return Rect(*t)


class Registry:
    def __init__(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, item):
        return item in self._items

    def add(self, *shapes):
        self._items.extend(shapes)
        return self

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self._items.clear()
        return False


with Registry() as registry:
    registry.add(Circle(1), Rect(2, 3), Rect.square(2), Rect.from_tuple((1, 5)))
    for shape in sorted(registry):
        print(shape)
    largest = max(registry, key=lambda s: s.area())
    assert largest in registry, "largest must be registered"
print(Shape.count, len(registry))
