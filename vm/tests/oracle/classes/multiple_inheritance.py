# multiple inheritance: attribute order
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only A"
class B:
    def who(self):
        return "B"
    def only_b(self):
        return "only B"
class C(A, B):
    pass
class D(B, A):
    pass
c, d = C(), D()
print(c.who(), d.who(), c.only_b(), d.only_a(), isinstance(c, B))
class E(C):
    def who(self):
        return "E>" + super().who()
print(E().who())
