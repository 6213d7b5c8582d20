class Shape:
    def __init__(self, n):
        self.n = n
    @classmethod
    def unit(cls):
        return cls(1)
    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, self.n)
class Square(Shape):
    pass
print(Shape.unit(), Square.unit(), Square(4).unit())
