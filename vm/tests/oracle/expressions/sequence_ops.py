print([1, 2] + [3], (1,) + (2,), "a" + "b", b"a" + b"b")
print([0] * 3, 3 * (1, 2), "ab" * 0, b"x" * -1, [1] * -5)
for a, b in (([1], (1,)), ("a", 1), ([1], "a"), ((1,), [1])):
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError", e)
try:
    print([1] * 1.5)
except TypeError as e:
    print("TypeError", e)
