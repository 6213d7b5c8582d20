class T:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class L2:
    def __len__(self): return 3
class E:
    pass
for o in (T(), L(), L2(), E()):
    print(type(o).__name__, bool(o), not o, "yes" if o else "no")
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError")
