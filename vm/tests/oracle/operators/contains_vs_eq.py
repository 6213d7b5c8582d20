class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, E) and o.v == self.v
    __hash__ = None
print(E(1) in [E(1)], E(2) in [E(1)], [E(1)].count(E(1)), [E(3), E(1)].index(E(1)))
try:
    {E(1)}
except TypeError as e:
    print("TypeError", e)
