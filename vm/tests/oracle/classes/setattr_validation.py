class Typed:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError("ints only: " + name)
        object.__setattr__(self, name, value * 2)
t = Typed()
t.a = 5
print(t.a)
try:
    t.b = "x"
except TypeError as e:
    print(e)
print(hasattr(t, "b"))
