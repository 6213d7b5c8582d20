class D:
    def __get__(self, obj, t):
        return "got"
    def __delete__(self, obj):
        print("delete called")
class C:
    a = D()
c = C()
print(c.a)
del c.a
print(c.a)
