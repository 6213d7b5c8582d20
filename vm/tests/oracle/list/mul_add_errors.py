print([1, 2] * 2, 2 * [0], [] * 5, [1] * 0, [1] * -1)
a = [1]
a *= 3
print(a)
for f in (lambda: [1] + (2,), lambda: [1] * "2", lambda: [1] * 1.0, lambda: [1] - [1]):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
