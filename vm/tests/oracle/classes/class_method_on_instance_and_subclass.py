class Base:
    name = "base"
    @classmethod
    def who(cls):
        return cls.name
class Sub(Base):
    name = "sub"
print(Base.who(), Sub.who(), Sub().who(), Base().who())
