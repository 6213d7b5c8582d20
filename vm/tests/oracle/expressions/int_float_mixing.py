print(1 + 1.0, 3 * 0.5, 7 // 2.0, 7 % 2.5, 2 ** 0.5 > 1.41, 10 / 4, 10 // 4)
print(True + 1, True * 2.5, False - 1, 1 == 1.0 == True)
print(int(3.9), int(-3.9), float(2), round(2.5), round(3.5), round(-0.5))
print(abs(-3), abs(-3.5), abs(True), 3 > 2.9, -1 < -0.5)
