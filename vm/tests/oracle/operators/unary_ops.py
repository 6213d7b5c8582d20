# unary operators on user classes
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(self.v + 100)
    def __invert__(self):
        return N(~self.v)
    def __abs__(self):
        return N(abs(self.v))
    def __repr__(self):
        return "N(%d)" % self.v
n = N(5)
print(-n, +n, ~n, abs(N(-3)))
class Empty:
    pass
for op in ("-Empty()", "+Empty()", "~Empty()", "abs(Empty())"):
    try:
        eval(op)
    except TypeError as e:
        print(op, "TypeError", e)
