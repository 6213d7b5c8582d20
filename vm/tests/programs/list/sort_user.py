class V:
    def __init__(self, v, tag=""):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        return self.v < other.v
    # (max asks > on a board)
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "V(%r%s)" % (self.v, self.tag)

print(sorted([V(3), V(1), V(2)]))
print(sorted([V(1, "a"), V(0, "b"), V(1, "c"), V(0, "d")]))
print(sorted([V(1, "a"), V(0, "b"), V(1, "c"), V(0, "d")], reverse=True))
print(max([V(1), V(5), V(3)]), min([V(4), V(2), V(9)]))

# an inconsistent comparison never crashes; the result is some permutation
class Chaos:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Chaos.n += 1
        return (Chaos.n * 7919) % 3 == 0
items = [Chaos(i) for i in range(60)]
out = sorted(items)
print(len(out), sorted(c.v for c in out) == list(range(60)))

# the first error stops the sort and propagates; the list is left intact
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("no 3")
        return self.v < other.v
l = [Bad(i) for i in (5, 3, 1, 4)]
try:
    l.sort()
except ValueError as e:
    print("ValueError", e)
print(len(l))

def key_fails(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    sorted([1, 2, 3], key=key_fails)
except KeyError as e:
    print("KeyError", e)

try:
    sorted([1, "a", 2])
except TypeError:
    print("TypeError")
try:
    [3, None].sort()
except TypeError:
    print("TypeError")
try:
    [1, 2].sort(lambda x: x)
except TypeError:
    print("TypeError positional")
