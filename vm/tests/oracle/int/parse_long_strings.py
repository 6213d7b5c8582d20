# int() of long digit strings in bases 2, 10 and 16.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(int("1" * 200, 2) == 2**200 - 1, int("9" * 80) == 10**80 - 1, int("f" * 40, 16) == 16**40 - 1)
print(int("-" + "7" * 50), int("0x" + "A" * 30, 16), int("0b" + "10" * 40, 0))
print(r(int, "1" * 50 + "x"), r(int, "9" * 30 + ".0"))
