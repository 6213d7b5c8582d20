print(int(), int(5), int(-5.9), int("42"), int(" 7 "), int("-0"), int("+3"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0o17", 8), int("0b101", 2), int("z", 36), int("10", 0), int("0x10", 0))
print(int(True), int(b"12") if True else 0, int("  -12\n"))
for args in (("",), ("1.5",), ("12", 37), ("9", 8), ("0x", 16), (" ",), ("1 2",), ("--1",)):
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError", e)
for bad in ([], None, 1j if True else 0):
    try:
        int(bad)
    except TypeError as e:
        print("TypeError", e)
