print(round(1.5), round(2.5), round(-1.5), round(0.5), round(3), round(-3))
print(round(3.14159, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(1.23456, 0), round(1.23456, 4), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(round(5, 2), round(10 ** 20 + 1, -10))
for bad in ("1", None):
    try:
        round(bad)
    except TypeError as e:
        print("TypeError", e)
