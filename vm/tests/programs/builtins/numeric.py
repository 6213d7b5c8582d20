# abs, round, divmod, pow, hex/oct/bin, chr/ord, format
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(True), abs(-(2 ** 70)), abs(3 + 4j))
print(abs(-9223372036854775807 - 1))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.4999), round(7))
print(round(3.14159, 2), round(1.25, 1), round(1234.5678, -2), round(-0.5))
print(round(12345, -2), round(12355, -1), round(5, 2), round(True))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 100, 10 ** 9 + 7), pow(12345678901234567890, 65537, 2 ** 61 - 1), pow(5, 0, 1))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 70), bin(2 ** 65), oct(2 ** 64), hex(True))
print(chr(65), chr(97), chr(233), chr(0x1F600), chr(0), repr(chr(10)))
print(ord("A"), ord("é"), ord("\U0001F600"), ord(b"a"), ord("\n"))
print("{:.2f} {:08b} {:x} {:>4} {:,}".format(3.14159, 42, 255, "s", 1234567))
print("{} {} {} {} {:+d}".format(42, 1.5, "abc", True, -7))
for bad in ["chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "pow(2, 3, 0)", "hex(1.5)", "divmod(1, 0)", "abs('x')"]:
    try:
        eval(bad)
        print("no error", bad)
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(bad, type(e).__name__)
class N:
    def __abs__(self):
        return "abs!"
    def __index__(self):
        return 10
print(abs(N()))
