# len, bool and abs on many types
print(len("abc"), len(b"ab"), len([1]), len((1, 2)), len({1: 2}), len({1}), len(range(5)), len(bytearray(3)))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool(None), bool(0.0), bool(-1))
print(abs(-3), abs(3), abs(-2.5), abs(True), abs(0))
class L:
    def __len__(self):
        return 7
    def __bool__(self):
        return False
print(len(L()), bool(L()))
class OnlyLen:
    def __len__(self):
        return 0
print(bool(OnlyLen()))
