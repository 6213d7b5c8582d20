class C:
    def m(self, v):
        return (type(self).__name__, v)
print(C.m(C(), 1), C.m("any object works", 2))
