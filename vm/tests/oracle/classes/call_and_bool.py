# __call__, __bool__, __len__ for truth
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return self.n + x + y
add5 = Adder(5)
print(add5(1), add5(1, y=2), list(map(add5, [1, 2])))
class Falsy:
    def __bool__(self):
        return False
print(bool(Falsy()), not Falsy(), "yes" if Falsy() else "no")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError")
