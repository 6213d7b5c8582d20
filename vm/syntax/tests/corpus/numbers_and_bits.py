BIG = 2 ** 100
HUGE = 123456789012345678901234567890
MASK = 0xFF_FF
FLAGS = 0b1010_0101
PERMS = 0o755
EPS = 1e-9
AVOGADRO = 6.022_140_76e23
HALF = .5
WHOLE = 1.
CPLX = 3 + 4j
print(BIG % 97, HUGE // 7, -HUGE >> 3, ~MASK & 0xFFFF, FLAGS ^ 0xFF, PERMS | 0o22)
print(abs(CPLX), CPLX.real, CPLX.imag, divmod(17, 5), pow(2, 10, 1000), round(2.675, 2))
x = 10
x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 2; x <<= 1; x >>= 1; x &= 0xF; x |= 0x10; x ^= 1
y = -x ** 2 + (-x) ** 2 - +x
z = 1 if x > y else -1 if x < y else 0
bits = [(FLAGS >> i) & 1 for i in range(8)]
value = int.from_bytes(bytes(bits), "big")
print(x, y, z, bits, value, 7 / 2, 7 // 2, -7 // 2, -7 % 2, 1 < 2 < 3, float("inf") > BIG)
