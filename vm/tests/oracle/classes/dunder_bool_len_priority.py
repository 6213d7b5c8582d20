class Both:
    def __bool__(self):
        print("bool")
        return True
    def __len__(self):
        print("len")
        return 0
print(bool(Both()))
if Both():
    print("truthy")
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(LenOnly(0)), bool(LenOnly(2)), len(LenOnly(5)))
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
    print("no error")
except ValueError as e:
    print("ValueError")
