def kv():
    yield ("b", 2)
    yield ("a", 1)
print(sorted(kv()), dict(kv()), list(reversed(list(kv()))))
