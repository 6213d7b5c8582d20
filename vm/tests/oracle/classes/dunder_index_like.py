class Idx:
    def __index__(self):
        return 2
l = ["a", "b", "c", "d"]
try:
    print(l[Idx()])
except TypeError as e:
    print("TypeError", e)
class HasInt:
    def __int__(self):
        return 7
try:
    print(int(HasInt()))
except TypeError as e:
    print("TypeError", e)
