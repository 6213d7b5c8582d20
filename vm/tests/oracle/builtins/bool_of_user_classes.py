class Z:
    def __len__(self):
        return 0
class NZ:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Z()), bool(NZ()), not Z(), len([x for x in (Z(), NZ()) if x]))
