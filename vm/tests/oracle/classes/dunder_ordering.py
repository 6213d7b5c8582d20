class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __repr__(self): return "V%d" % self.v
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs))
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b > a)
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
x, y = OnlyLt(1), OnlyLt(2)
print(x < y)
try:
    print(y > x)
except TypeError as e:
    print("TypeError", e)
try:
    print(x <= y)
except TypeError as e:
    print("TypeError", e)
