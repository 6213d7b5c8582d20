# hash of hashable values
print(hash(1) == hash(1), hash(True) == hash(1), hash("a") == hash("a"), hash(()) == hash(()))
print(type(hash("x")).__name__, hash(None) == hash(None))
class H:
    def __hash__(self):
        return 1234
print(hash(H()))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
