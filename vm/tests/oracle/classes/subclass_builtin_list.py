class MyList(list):
    def total(self):
        return sum(self)
    def append(self, x):
        super().append(x * 10)
m = MyList([1, 2])
m.append(3)
print(m, m.total(), len(m), isinstance(m, list), type(m).__name__)
m2 = m + [1]
print(type(m2).__name__, m2)
print(m[0], m[1:])
