# __setattr__ and __delattr__ intercept attribute writes
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
o = Logged()
o.x = 1
o.y = [2]
print(o.x, o.y)
del o.x
print(hasattr(o, "x"))
class Frozen:
    def __setattr__(self, n, v):
        raise AttributeError("frozen " + n)
f = Frozen()
try:
    f.a = 1
except AttributeError as e:
    print("AttributeError", e)
