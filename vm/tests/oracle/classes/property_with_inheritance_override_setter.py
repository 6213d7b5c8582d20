class A:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
class B(A):
    @property
    def v(self):
        return "B sees " + str(self._v)
b = B()
try:
    b.v = 5
except AttributeError as e:
    print("AttributeError")
print(b.v)
