# Floats and big ints convert and compare exactly.
print(int(2.0**128), int(-(2.0**100)), int(1e300) == 10**300)
print((1 << 100) == float(1 << 100), (1 << 100) + 1 == float(1 << 100))
print((1 << 53) + 1 > float(1 << 53), float(1 << 53) < (1 << 53) + 1)
print(10**20 == 1e20, 10**22 == 1e22, 10**23 == 1e23)
print("%d" % 2.0**100, "%d" % -1.5, "%i" % 1e20)
print(hash(-12.0) == hash(-12), hash(0.0) == hash(0), hash(2.0**40) == hash(2**40))
print(float(b"1.5"), float(bytearray(b" -2e3 ")), float("  inf"), float("-nan") != float("nan"))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except Exception as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1e16 + 1.0))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.0))
print(7.5 // 0.5, -7.5 % 2, 2**-1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
