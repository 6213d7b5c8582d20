class F:
    def __float__(self):
        return 2.5
print(float(F()), F().__float__())
class Bad:
    def __float__(self):
        return 1
try:
    print(float(Bad()))
except TypeError as e:
    print("TypeError", e)
