# Int literals of every form, including underscores and big ones.
print(0, 00, 0b0, 0o0, 0x0, 1_000_000, 0x_FF, 0b_1010, 0o_777, 0xdead_beef)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, 0b1 << 80, 0o7777777777777777777777)
print(-2147483648, -9223372036854775808, 9223372036854775807 + 1, type(0x7FFFFFFF).__name__)
