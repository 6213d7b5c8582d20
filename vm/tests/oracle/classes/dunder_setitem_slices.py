class Rec:
    def __setitem__(self, k, v):
        print("set", type(k).__name__, v)
    def __delitem__(self, k):
        print("del", type(k).__name__)
r = Rec()
r[1] = "a"
r[1:2] = "b"
r["k"] = "c"
del r[0]
del r[::2]
