for args in ((1, 2), (1, (int, 2)), (1, [int])):
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError", e)
for args in ((int, 2), (2, int)):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
