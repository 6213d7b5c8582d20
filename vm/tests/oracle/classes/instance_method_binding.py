# bound methods remember their instance
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a, b = C(1), C(2)
ga, gb = a.get, b.get
print(ga(), gb(), C.get(a), ga.__self__ is a if hasattr(ga, "__self__") else True)
fs = [C(i).get for i in range(3)]
print([f() for f in fs])
