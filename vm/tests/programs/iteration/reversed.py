print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed([])))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -2))), list(reversed(range(0))))
print(list(reversed(range(-5, 5, 4))), list(reversed(b"xyz")), list(reversed(bytearray(b"ab"))))
print("".join(reversed("hello")), tuple(reversed("é€x")))
r = reversed([1, 2, 3])
print(next(r), next(r), next(r), next(r, "end"))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter(["custom", "order"])
print(list(reversed(Rev())))
class MyList(list):
    pass
print(list(reversed(MyList([1, 2, 3]))))
for i in reversed(range(3)):
    print(i, end=" ")
print()
l = [1, 2, 3, 4]
for i in reversed(range(len(l))):
    if l[i] % 2 == 0:
        del l[i]
print(l)
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
attempt(lambda: reversed(5))
attempt(lambda: reversed(x for x in []))
attempt(lambda: reversed())
