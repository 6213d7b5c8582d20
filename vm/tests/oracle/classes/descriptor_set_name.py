class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, t):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)
class Model:
    a = Field()
    b = Field()
m = Model()
print(m.a, m.b)
try:
    m.__dict__["a"] = 3
except TypeError:
    print("TypeError")
print(m.a)
