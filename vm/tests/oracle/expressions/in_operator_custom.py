class C:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
c = C()
print(1 in c, 2 in c, 1 not in c)
class I:
    def __iter__(self):
        return iter([5, 6])
print(5 in I(), 7 in I())
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError", e)
