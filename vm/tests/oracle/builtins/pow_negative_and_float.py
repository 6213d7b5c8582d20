print(pow(2, -1), pow(-2, -2), pow(2.5, 2), pow(-8, 1 / 3) if False else pow(9, 0.5), pow(0, 0), pow(0.0, 0))
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
