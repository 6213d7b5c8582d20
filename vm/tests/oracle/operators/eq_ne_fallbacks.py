# __eq__ without __ne__, and reflected comparisons
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v)
        return isinstance(o, E) and self.v == o.v
print(E(1) == E(1), E(1) != E(1), E(1) != E(2))
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print(Lt(1) < Lt(2), Lt(3) > Lt(2))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print("TypeError", e)
