class A:
    cls_attr = "c"
    def __init__(self):
        self.inst = "i"
a = A()
print(a.cls_attr, a.inst, A.cls_attr)
a.cls_attr = "shadow"
print(a.cls_attr, A.cls_attr)
print(getattr(a, "missing", "default"))
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).nope
except AttributeError as e:
    print("AttributeError", e)
try:
    A.nope
except AttributeError as e:
    print("AttributeError", e)
