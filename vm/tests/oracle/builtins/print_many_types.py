print(1, 2.5, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, range(2), frozenset())
print(-0.0, 1e100, 1e-7, 123456789012345678901234567890, 0.1 + 0.2)
print(end="")
print("a\tb", "c\nd")
