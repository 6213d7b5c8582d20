class AlwaysEq:
    def __eq__(self, other):
        return True

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k
    def __hash__(self):
        return hash(self.k)

l = [1, "x", None, 3.5]
print(l.index(AlwaysEq()), l.count(AlwaysEq()))
a = [Key(1), Key(2), Key(1)]
print(a.count(Key(1)), a.index(Key(2)), Key(2) in a)
a.remove(Key(1))
print([k.k for k in a])
print((Key(1), Key(2)).index(Key(2)), (Key(1), Key(1)).count(Key(1)))

# __eq__ that mutates the list does not crash
class Mutator:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
t = [1, 2, 3, 4]
print(t.count(Mutator(t)), t)
t = [1, 2, 3, 4]
try:
    t.remove(Mutator(t))
except ValueError:
    print("ValueError", t)
