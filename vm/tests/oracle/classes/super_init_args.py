class Base:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
class Mid(Base):
    def __init__(self, a, **kw):
        super().__init__(a, **kw)
        self.mid = True
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(10, b=20)
l = Leaf()
print(l.a, l.b, l.mid)
m = Mid(1)
print(m.a, m.b)
