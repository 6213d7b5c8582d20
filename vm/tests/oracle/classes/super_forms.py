# super() with and without arguments, in closures and class methods
class Base:
    def __init__(self, x):
        self.x = x

    def describe(self):
        return "Base(%d)" % self.x

    @classmethod
    def make(cls, x):
        return cls(x)


class Child(Base):
    def __init__(self, x):
        super().__init__(x * 2)

    def describe(self):
        return "Child<" + super(Child, self).describe() + ">"

    def closure(self):
        return [super().describe() for _ in range(2)]

    @classmethod
    def make(cls, x):
        obj = super().make(x + 1)
        return obj


c = Child(3)
print(c.x, c.describe())
print(c.closure())
m = Child.make(1)
print(type(m).__name__, m.x)
print(super(Child, c).describe())
for bad in ((int, "s"), (str, int), (1, int)):
    try:
        super(*bad)
    except TypeError:
        print("TypeError", bad[1] if bad[1] is int else repr(bad[1]))
s = str(super(Child, c))
print(s.startswith("<super: <class 'Child'>, "))
