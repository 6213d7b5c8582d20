# augmented assignment falls back to the binary operator
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return A(self.v + o)
class B(A):
    def __iadd__(self, o):
        print("iadd")
        self.v += o * 10
        return self
a = A(1)
a0 = a
a += 1
print(a.v, a is a0)
b = B(1)
b0 = b
b += 1
print(b.v, b is b0)
