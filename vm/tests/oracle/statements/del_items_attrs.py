d = {"a": 1, "b": 2, "c": 3}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
print(l)
class C:
    pass
c = C()
c.v = 5
del c.v
print(hasattr(c, "v"))
try:
    del c.v
except AttributeError as e:
    print("AttributeError")
try:
    del l[::2]
except NotImplementedError as e:
    print('NotImplementedError', e.args)
