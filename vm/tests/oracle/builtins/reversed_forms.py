print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed(b"ab")))
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())))
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())) if True else 0)
for bad in ({1: 2}, {1}, 5):
    try:
        reversed(bad)
        print("no error")
    except TypeError as e:
        print("TypeError", e)
