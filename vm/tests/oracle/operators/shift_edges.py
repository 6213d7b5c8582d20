print(1 << 0, 1 << 10, 1 << 62, 1 << 64, -1 << 3, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 0)
print((1 << 100) >> 99, (2 ** 70) >> 70, -(2 ** 70) >> 69)
for a, b in ((1, -1), (1, 1.0), (1.0, 1)):
    try:
        print(a << b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
