class C:
    def __init__(self, n):
        self.n = n
    def make(self):
        def inner(k):
            return self.n * k
        return inner
f = C(7).make()
print(f(2), f(3))
class D:
    x = 5
    def m(self):
        return [lambda: self.x][0]()
print(D().m())
