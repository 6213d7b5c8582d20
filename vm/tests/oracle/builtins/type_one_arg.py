for v in (1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, True, range(1), len, type, object(), 1j):
    print(type(v).__name__, end=" ")
print()
print(type(type(1)) is type, type(1) == int, type(1) is int)
