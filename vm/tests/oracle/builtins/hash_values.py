print(hash(1) == hash(1.0), hash(0) == hash(False), hash(1) == hash(True))
print(hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)), hash(b"x") == hash(b"x"))
print(type(hash("s")).__name__, hash(-1) == hash(-1), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in ([], {}, set(), bytearray(b"x"), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
