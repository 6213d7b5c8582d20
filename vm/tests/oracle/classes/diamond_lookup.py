# attribute lookup with several bases: depth first, left to right
class A:
    def f(self):
        return "A.f"

    def g(self):
        return "A.g"


class B(A):
    def g(self):
        return "B.g>" + super().g()


class C(A):
    def f(self):
        return "C.f"

    def g(self):
        return "C.g>" + super().g()


class D(B, C):
    def g(self):
        return "D.g>" + super().g()


d = D()
print(d.f())
print(d.g())
print(D.__bases__ == (B, C))
print(isinstance(d, A), isinstance(d, C), issubclass(D, A))


class M1:
    tag = "m1"


class M2:
    tag = "m2"
    other = "m2-other"


class Both(M1, M2):
    pass


print(Both.tag, Both.other, Both().tag)
