class V:
    def __init__(self, v): self.v = v
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(+self.v * 1)
    def __abs__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
    def __repr__(self): return "V(%d)" % self.v
v = V(-4)
print(-v, +v, abs(v), ~v)
try:
    abs(object())
except TypeError as e:
    print("TypeError", e)
