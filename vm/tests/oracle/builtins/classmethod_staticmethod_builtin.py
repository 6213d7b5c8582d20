def f(*a):
    return a
class C:
    s = staticmethod(f)
    c = classmethod(f)
print(C.s(1), C().s(2), C.c(3)[0].__name__, C().c(4)[1])
print(type(staticmethod(f)).__name__, type(classmethod(f)).__name__)
