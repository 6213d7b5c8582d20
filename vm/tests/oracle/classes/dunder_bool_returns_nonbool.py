class B:
    def __bool__(self):
        return 0
try:
    print(bool(B()))
except TypeError as e:
    print("TypeError", e)
class L:
    def __len__(self):
        return 2.5
try:
    print(bool(L()))
except TypeError as e:
    print("TypeError", e)
