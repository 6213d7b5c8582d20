# dir() of classes and instances
class C:
    cattr = 1
    def meth(self):
        pass
c = C()
c.iattr = 2
print(sorted(n for n in dir(c) if not n.startswith("__")))
print(sorted(n for n in dir(C) if not n.startswith("__")))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
