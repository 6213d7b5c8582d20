# an instance's __dict__
class P:
    cls_attr = 0
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(sorted(p.__dict__.items()))
p.__dict__["c"] = 3
print(p.c)
p.d = 4
print(sorted(p.__dict__), "cls_attr" in p.__dict__)
