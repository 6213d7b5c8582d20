class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x

    def __lt__(self, o):
        return self.x < o.x

    def __hash__(self):
        return hash(self.x)

    def __repr__(self):
        return "V(%r)" % (self.x,)

    def __len__(self):
        return 1

    def __iter__(self):
        yield self.x

    def __getitem__(self, i):
        return [self.x][i]

    def __contains__(self, v):
        return v == self.x


a = [V(3), V(1), V(2)]
a.sort()
print(a, min(a), max(a), V(1) in a, a.index(V(2)), a.count(V(3)))
print({V(1): 1}[V(1)], set(a), sorted(a, key=lambda v: -v.x), list(V(5)), V(5)[0], 5 in V(5))
