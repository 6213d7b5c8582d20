for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3)):
    print(a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b, a ** 2)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
