# container special methods
class Box:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
b = Box()
b["a"] = 1
print(b["a"], len(b), "a" in b, "z" in b)
del b["a"]
print(len(b))
try:
    b["missing"]
except KeyError as e:
    print("KeyError", e)
b[1:2] = "s"
