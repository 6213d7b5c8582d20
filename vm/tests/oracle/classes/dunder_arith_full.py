class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + o)
    def __sub__(self, o): return N(self.v - o)
    def __mul__(self, o): return N(self.v * o)
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o): return N(self.v ** o)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
    def __lshift__(self, o): return N(self.v << o)
    def __rshift__(self, o): return N(self.v >> o)
    def __repr__(self): return "N(%r)" % (self.v,)
n = N(12)
print(n + 1, n - 1, n * 2, n / 5, n // 5, n % 5, n ** 2)
print(n & 5, n | 1, n ^ 4, n << 2, n >> 2)
try:
    print(1 + n)
except TypeError as e:
    print("TypeError", e)
