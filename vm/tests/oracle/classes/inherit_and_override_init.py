class Base:
    def __init__(self):
        self.x = "base x"
        self.y = "base y"
class NoInit(Base):
    pass
class OverInit(Base):
    def __init__(self):
        self.x = "over x"
class SuperInit(Base):
    def __init__(self):
        super().__init__()
        self.x = "super x"
for cls in (NoInit, OverInit, SuperInit):
    o = cls()
    print(cls.__name__, o.x, getattr(o, "y", "no y"))
