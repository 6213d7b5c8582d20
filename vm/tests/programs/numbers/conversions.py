# int(), float() and bool() constructors over the numeric tower
print(int(), int(7), int(-7.9), int(7.9), int("42"), int(" -3 "), int("ff", 16), int("0b101", 0), int("z", 36))
print(int(True), int(2 ** 70) == 2 ** 70, int(1e20), int(-1e19), int("1_000"), int(b"12"))
print(float(), float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-inf"), float(True), float(2 ** 60))
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(set()), bool(()), bool(range(0)), bool(None))
print(bool(1), bool(-0.1), bool("0"), bool([0]), bool({0: 0}), bool((0,)), bool(range(1)))
print(abs(-3), abs(2.5), abs(-2 ** 70) == 2 ** 70, divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
print(round(2.5), round(3.5), round(-2.5), round(1.234, 2), round(1234, -2), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7) if False else 5)
print(hex(255), oct(8), bin(5), hex(-1), bin(0), chr(65), ord("a"))
x = 5
print(True + True, True * 3.0, 7 // 2, -7 // 2, 7 % -3, 2 ** -1)
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
attempt(lambda: int("1.5"))
attempt(lambda: int("abc"))
attempt(lambda: int("12", 2))
attempt(lambda: int(float("nan")))
attempt(lambda: int(float("inf")))
attempt(lambda: float("x1"))
attempt(lambda: int(None))
attempt(lambda: float([]))
attempt(lambda: int(5, 10))
