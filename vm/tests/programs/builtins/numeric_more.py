# More numeric builtins
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1e16, -3.7, 3.7]:
    print(x, round(x), round(x, 1), round(x, -1))
for n in [0, 1, -1, 15, 16, 255, -256, 2 ** 31, 2 ** 63 - 1, -(2 ** 63), 2 ** 64]:
    print(hex(n), oct(n), bin(n)[:20], abs(n), divmod(n, 7), pow(n, 2, 1000))
print(divmod(0, 5), divmod(5, 5), divmod(-1, 5), divmod(1.0, 0.3)[0], divmod(-7, -2))
print(pow(2, 0), pow(0, 1), pow(-2, 3), pow(2, 0.5), pow(-8, 1 / 3) if False else "skip")
print(pow(7, 10 ** 6, 13), pow(2, 2 ** 100, 97), pow(10, 20, 2 ** 64 + 1))
print(abs(-0.0), abs(float("inf")), round(-0.0), round(1e300) > 0)
print([chr(c) for c in range(65, 70)], [ord(c) for c in "AZaz09"])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("{:.17f} {:e} {:#x} {:#o} {:#b}".format(0.5, -1.5, 12, 12, 12))
print("{:*^7d} {:,} {:x} {:g}".format(3, 2 ** 100, -2 ** 70, 1e100))
print("{:d} {} {} {} {}".format(True, 3, "x", None, [1]))
print(divmod(True, 2), abs(False), round(False), hex(False), -abs(-3))
print(round(2 ** 80, -20), round(123.456, 10), round(0.125, 2), round(0.375, 2))
print(int(round(4.6)), type(round(4.6)), round(5))
