# staticmethod and classmethod through instances, classes and operators
class K:
    count = 0

    @staticmethod
    def s(a, b=2):
        return ("s", a, b)

    @classmethod
    def c(cls, a):
        return ("c", cls.__name__, a)

    @staticmethod
    def __add__(other):
        return ("static add", other)

    @classmethod
    def __sub__(cls, other):
        return ("class sub", cls.__name__, other)

    @staticmethod
    def __getitem__(i):
        return ("item", i)

    @classmethod
    def __len__(cls):
        return 7


class Sub(K):
    pass


k = Sub()
print(k.s(1), K.s(1, 3), Sub.s(b=5, a=4))
print(k.c(1), K.c(2), Sub.c(3))
print(k + 10, k - 20, k[3], len(k))
f = k.c
print(f(9))
g = K.s
print(g("x"))
print(type(K.__dict__["s"]).__name__, type(K.__dict__["c"]).__name__)
