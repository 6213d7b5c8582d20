class T:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @staticmethod
    def s():
        return 1
    @classmethod
    def k(cls):
        return cls.__name__
t = T()
t.c = 5
print(t.c, T.s(), T.k())
