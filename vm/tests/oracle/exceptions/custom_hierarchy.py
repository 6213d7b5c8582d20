class Base(Exception):
    pass
class A(Base):
    pass
class B(Base):
    pass
try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
for cls in (Base, A, B):
    try:
        raise cls("m")
    except B:
        print(cls.__name__, "caught as B")
    except A:
        print(cls.__name__, "caught as A")
    except Base:
        print(cls.__name__, "caught as Base")
