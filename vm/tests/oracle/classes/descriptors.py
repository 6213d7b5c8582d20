# descriptors: __get__, __set__, __delete__ and __set_name__
class Field:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__  # reading is fine
        object.__setattr__(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        object.__delattr__(obj, self.name)


class Rec:
    width = Field(1)
    height = Field(2)

    def area(self):
        return self.width * self.height


r = Rec()
print(r.width, r.height, r.area())
r.width = 5
print(r.width, r.area())
del r.width
print(r.width)
try:
    del r.height
except AttributeError:
    print("AttributeError")


class ReadOnly:
    def __get__(self, obj, cls):
        return ("got", type(obj).__name__, cls.__name__)


class Holder:
    ro = ReadOnly()


h = Holder()
print(h.ro)
h.ro = "own"
print(h.ro)
