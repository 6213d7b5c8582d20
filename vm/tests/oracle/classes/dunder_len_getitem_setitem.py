class Bag:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
b = Bag()
b["x"] = 1
b[2] = "two"
print(len(b), b["x"], b[2])
del b["x"]
print(len(b))
try:
    b["gone"]
except KeyError as e:
    print("KeyError", e)
