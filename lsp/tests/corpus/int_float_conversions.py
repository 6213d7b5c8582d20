print(int("ff", 16), float("1.5"), str(1.0), int(3.9), round(3.14159, 2))
