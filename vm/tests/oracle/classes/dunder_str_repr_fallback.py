class A:
    def __repr__(self): return "A-repr"
class B:
    def __str__(self): return "B-str"
class C:
    pass
print(str(A()), repr(A()), str(B()), repr(B())[:10], "%s %r" % (A(), A()))
print([A()], (A(),), {"k": A()})
print(str(C())[:10], repr(C())[:10])
print(f"{A()} {A()!r} {B()}")
class Bad:
    def __repr__(self): return 5
try:
    repr(Bad())
except TypeError as e:
    print("TypeError")
