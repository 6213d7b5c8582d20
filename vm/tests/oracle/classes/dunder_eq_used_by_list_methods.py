class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return getattr(o, "v", None) == self.v
items = [K(1), K(2), K(3)]
print(items.index(K(2)))
print(items.count(K(3)))
items.remove(K(1))
print(len(items))
