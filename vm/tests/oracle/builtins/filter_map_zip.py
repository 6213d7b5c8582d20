print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda v: v % 2, range(10))))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
for f in (lambda: map(len), lambda: list(map(len, 5)), lambda: zip(1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
