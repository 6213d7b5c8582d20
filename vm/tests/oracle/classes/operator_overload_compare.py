# all six comparison methods defined
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ne__(self, o): return self.v != o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
a, b = V(1), V(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == V(1), max([a, b]).v, min([b, a]).v)
print(sorted([V(3), V(1), V(2)])[0].v)
