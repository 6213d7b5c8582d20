class C:
    def m(self):
        return "method"
c = C()
c.m = lambda: "instance attr"
print(c.m(), C().m(), C.m(c))
del c.m
print(c.m())
