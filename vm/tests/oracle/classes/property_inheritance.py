class Base:
    @property
    def name(self):
        return "base:" + self.kind()
    def kind(self):
        return "b"
class Child(Base):
    def kind(self):
        return "c"
class Over(Base):
    @property
    def name(self):
        return "over"
print(Base().name, Child().name, Over().name)
