class Base:
    def __getattr__(self, name):
        return "base-dyn-" + name
class Mid(Base):
    known = "mid-known"
class Leaf(Mid):
    def __getattr__(self, name):
        if name == "special":
            return "leaf-special"
        return super().__getattr__(name)
l = Leaf()
print(l.known, l.special, l.other)
