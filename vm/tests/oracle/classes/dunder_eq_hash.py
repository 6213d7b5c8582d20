class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
a, b, c = P(1, 2), P(1, 2), P(2, 1)
print(a == b, a == c, a != b, a != c, a == 1)
print(len({a, b, c}), {a: "v"}[b])
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
    print("hashable")
except TypeError as e:
    print("TypeError", e)
