# user __hash__ and __eq__ decide dict lookups
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "Key(%d)" % self.v
d = {Key(1): "a", Key(4): "b"}
print(d[Key(1)], d[Key(4)], Key(7) in d, len(d))
d[Key(1)] = "c"
print(len(d), d[Key(1)])
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError")
class EqOnly:
    def __eq__(self, o):
        return True
try:
    print({EqOnly(): 1} is not None)
except TypeError as e:
    print("TypeError")
