class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
class Child(Base):
    pass
print("defined", Child.__name__)
