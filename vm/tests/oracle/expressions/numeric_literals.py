print(0x1F, 0o17, 0b1010, 1_000_000, 0x_ff, 1e3, 1.5e-2, .5, 5., 0e0)
print(0XAB, 0O7, 0B1, 1E2, 123_456.7_8)
print(10 ** 20, 0xFFFFFFFFFFFFFFFFFF, -0b1)
print(type(1e0).__name__, type(10 ** 30).__name__, 1j * 1j)
