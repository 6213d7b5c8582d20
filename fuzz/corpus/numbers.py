x = 2**64 + 1
print(x // 7, x % 7, -x >> 3, x & 0xFFFF, x.to_bytes(9, "big"), int.from_bytes(b"\x01\x00", "little"))
print(divmod(-7, 2), pow(3, 20, 7), round(2.5), round(-1.25, 1), 1e308 * 10, float("nan") != float("nan"))
print(int("ff", 16), int("  -12 "), hex(255), oct(8), bin(5), abs(-3.5), 7 / 2, 7 // -2, (1 + 2j) * 1j)
print(max(1, 2.5, key=lambda v: -v), sum([0.1] * 10), str(1 / 3), "%.3e" % 12345.678, f"{12:#x}")
