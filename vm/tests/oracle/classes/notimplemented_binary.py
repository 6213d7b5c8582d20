class A:
    def __add__(self, o):
        print("A.add")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.radd")
        return "B wins"
print(A() + B())
try:
    A() + 1
except TypeError as e:
    print("TypeError", e)
