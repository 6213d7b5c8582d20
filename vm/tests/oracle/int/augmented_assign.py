# Augmented assignment with ints of every size.
x = 7
for op in range(3):
    x += 2**62; x *= 3; x -= 1; x //= 2; x %= 10**20; x **= 2; x >>= 3; x <<= 1; x &= 2**80 - 1; x |= 5; x ^= 12345
    print(x)
