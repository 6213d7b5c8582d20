# class and instance attributes
class C:
    shared = []
    count = 0
    def __init__(self, v):
        self.v = v
        C.count += 1
a, b = C(1), C(2)
a.shared.append("x")
print(b.shared, C.count, a.v, b.v, a.count)
a.count = 99
print(a.count, C.count, b.count)
print(hasattr(C, "v"), hasattr(a, "v"), C.__name__, type(a).__name__)
del a.count
print(a.count)
