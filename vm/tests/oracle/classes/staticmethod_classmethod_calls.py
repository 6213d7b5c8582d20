class K:
    tag = "K"
    @staticmethod
    def s(x):
        return "static %s" % x
    @classmethod
    def c(cls, x):
        return "class %s %s" % (cls.tag, x)
class Sub(K):
    tag = "Sub"
k = Sub()
print(K.s(1), k.s(2), K.c(3), k.c(4), Sub.c(5))
f = K.s
g = Sub.c
print(f(6), g(7))
print(type(K.__dict__["s"]).__name__, type(K.__dict__["c"]).__name__)
