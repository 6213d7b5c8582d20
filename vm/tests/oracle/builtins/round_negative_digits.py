for v in (12345, -12345, 15, 25, 35, 45, 150, 250, -150):
    print(v, round(v, -1), round(v, -2))
print(round(12345.678, -2), round(-0.5, 0), round(1.5, 0))
