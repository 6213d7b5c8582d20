print(len(""), len("abc"), len(b"ab"), len([1]), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(range(0, 10, 3)))
print(len(bytearray(4)), len(frozenset("aab")), len("é€"), len(range(10, 0, -2)), len(memoryview(b"abc")))
for bad in (5, None, 1.5, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
