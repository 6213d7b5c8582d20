class Desc:
    def __get__(self, obj, objtype=None):
        print("get", obj is None, objtype.__name__)
        return 42
    def __set__(self, obj, value):
        print("set", value)
        obj._v = value
class C:
    d = Desc()
c = C()
print(c.d)
print(type(C.d).__name__)
c.d = 7
print(c._v)
