# class attributes shared by all instances
class Reg:
    all = []
    def __init__(self, name):
        self.name = name
        Reg.all.append(name)
    @classmethod
    def count(cls):
        return len(cls.all)
for n in "xyz":
    Reg(n)
print(Reg.all, Reg.count(), Reg("w").count())
