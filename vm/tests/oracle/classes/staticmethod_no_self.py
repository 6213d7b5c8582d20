class M:
    @staticmethod
    def add(a, b):
        return a + b
    def use(self):
        return self.add(1, 2) + M.add(3, 4)
print(M.add(1, 1), M().add(2, 2), M().use())
try:
    M.add(1)
except TypeError as e:
    print("TypeError", e)
