print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(0j) if True else 0)
print(bool(range(0)), bool(b""), bool(bytearray(1)), bool(set()), bool(frozenset([0])))
print(True + True, True * 3, int(True), str(True), repr(False), True == 1, False is False)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
