# iteration through __getitem__ until IndexError
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 7 in Squares())
for v in Squares():
    print(v, end=" ")
print()
a, b, *c = Squares()
print(a, b, c)
