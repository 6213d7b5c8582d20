# exception subclasses that change their arguments
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.parts = (a, b)
try:
    raise E(1, 2)
except E as e:
    print(e, e.args, e.parts)
class F(ValueError):
    pass
try:
    raise F("x", 2)
except ValueError as e:
    print(repr(e), str(e), type(e).__mro__[1].__name__ if hasattr(type(e), "__mro__") else "ValueError")
class G(Exception):
    def __str__(self):
        return "G:" + ",".join(map(str, self.args))
print(G(1, 2), [G(3)])
