# default hashing and equality of instances is by identity
class K:
    pass
a, b = K(), K()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(V(1) == V(1), len({V(1), V(1), V(2)}), {V(3): "x"}[V(3)])
