# classmethod and staticmethod through classes, instances and subclasses
class Base:
    kind = "base"
    @classmethod
    def make(cls, *a):
        return (cls.__name__, cls.kind, a)
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Base):
    kind = "sub"
print(Base.make(1), Sub.make(), Base().make(2), Sub().make(3))
print(Base.helper(2), Base().helper(3), Sub.helper(4))
f = Sub.make
print(f("x"))
