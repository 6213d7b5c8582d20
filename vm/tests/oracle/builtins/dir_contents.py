class C:
    cls_v = 1
    def meth(self): pass
c = C()
c.inst_v = 2
d = dir(c)
print("cls_v" in d, "meth" in d, "inst_v" in d)
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
print(type(dir()).__name__)
import sys
print("argv" in dir(sys))
