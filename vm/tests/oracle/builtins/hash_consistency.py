for v in (0, 1, -1, 2 ** 40, "", "abc", b"abc", (1, "a"), (), frozenset("ab"), True, None):
    print(type(v).__name__, hash(v) == hash(v), isinstance(hash(v), int))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1,) + (2,)))
