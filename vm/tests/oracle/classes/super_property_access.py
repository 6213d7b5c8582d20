class A:
    @property
    def p(self):
        return "A.p"
    def m(self):
        return "A.m"
class B(A):
    @property
    def p(self):
        return "B.p+" + super().p
    def m(self):
        return "B.m+" + super().m()
try:
    print(B().p)
except TypeError as e:
    print("TypeError", e)
print(B().m())
