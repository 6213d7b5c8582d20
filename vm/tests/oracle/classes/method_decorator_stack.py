def log(f):
    def w(*a, **k):
        print("call", f.__name__)
        return f(*a, **k)
    return w
class C:
    @log
    def m(self, x):
        return x + 1
    @staticmethod
    @log
    def s(x):
        return x * 2
    @classmethod
    @log
    def c(cls):
        return cls.__name__
print(C().m(1), C.s(3), C.c())
