# binary operators: the left operand first, then the right one's __rop__
class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.v + o.v)
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        return ("radd", o)

    def __mul__(self, o):
        return NotImplemented

    def __rmul__(self, o):
        return ("rmul", o)

    def __repr__(self):
        return "V(%r)" % self.v


print(V(1) + V(2), V(1) + 5, 5 + V(1), "s" + V(1))
print(3 * V(1))
try:
    V(1) * 3
except TypeError as e:
    print("TypeError", e)
try:
    V(1) - 3
except TypeError as e:
    print("TypeError", e)


class IOnly:
    def __init__(self):
        self.n = 0

    def __iadd__(self, o):
        self.n += o
        return self


a = IOnly()
a += 5
a += 6
print(a.n)
try:
    a + 1
except TypeError as e:
    print("TypeError", e)


class FallBack:
    def __add__(self, o):
        return "plain add"


b = FallBack()
b += 1
print(b)
