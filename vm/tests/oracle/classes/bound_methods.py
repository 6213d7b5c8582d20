class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a, b = C(1), C(2)
ma, mb = a.get, b.get
print(ma(), mb(), C.get(a), C.get(b))
print(type(ma).__name__, ma == a.get, ma.__self__ is a if hasattr(ma, "__self__") else "n/a")
fs = [C(i).get for i in range(3)]
print([f() for f in fs])
try:
    C.get()
except TypeError as e:
    print("TypeError", e)
