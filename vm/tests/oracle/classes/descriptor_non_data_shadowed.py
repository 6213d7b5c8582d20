class NonData:
    def __get__(self, obj, t):
        return "from descriptor"
class C:
    d = NonData()
c = C()
print(c.d)
c.__dict__
c.d = "instance value"
print(c.d)
