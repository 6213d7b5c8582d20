for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3), (0, 1), (7.5, 2), (-7.5, 2), (2 ** 70, 7), (-(2 ** 70), 7)):
    print(a, b, divmod(a, b))
for a, b in ((1, 0), (1.0, 0.0)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)
