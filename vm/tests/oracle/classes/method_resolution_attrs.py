class A:
    x = "A.x"
    def m(self): return "A.m"
class B(A):
    pass
class C(A):
    x = "C.x"
    def m(self): return "C.m"
class D(B, C):
    pass
print(D.x, D().m())
class E(C, B):
    pass
print(E.x, E().m())
