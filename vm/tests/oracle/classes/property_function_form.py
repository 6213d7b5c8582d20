class P:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx)
    ro = property(lambda self: "ro")
p = P()
p.x = 5
print(p.x, p.ro)
try:
    p.ro = 2
except AttributeError:
    print("read-only")
print(isinstance(P.x, property))
