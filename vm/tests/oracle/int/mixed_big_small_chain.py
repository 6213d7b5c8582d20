# Chains of operations that move between small and big ints and back.
x = 1
for i in range(80):
    x = x * 3 + i
print(x)
for i in range(80):
    x = (x - i) // 3
print(x, type(x).__name__)
y = 2**64
print(y - 2**64, (y - 2**64) + 1, y // 2**63, y % 7, -y // 3, -y % 3)
print((2**64 - 1) & 0xFFFF, (2**64 - 1) ^ (2**64 - 2), -(2**64) | 1, ~(2**64))
