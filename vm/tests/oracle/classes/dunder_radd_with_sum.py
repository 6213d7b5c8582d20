class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return self.__add__(o)
    def __repr__(self):
        return "V(%r)" % self.v
print(sum([V(1), V(2), V(3)]), 5 + V(1), V(1) + 5)
