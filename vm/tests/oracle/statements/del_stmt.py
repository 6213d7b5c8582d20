# del on names, items, slices and attributes
a = 1
del a
try:
    a
except NameError:
    print("a gone")
l = list(range(6))
del l[0], l[-1]
print(l)
del l[1:3]
print(l)
d = {1: 2, 3: 4}
del d[1]
print(d)
class O: pass
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
try:
    del o.y
except AttributeError:
    print("AttributeError")
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
