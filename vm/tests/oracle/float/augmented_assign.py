# Augmented assignment mixing floats and ints.
x = 1.5
for i in range(5):
    x += i; x *= 1.5; x -= 0.25; x /= 3; x //= 0.125; x %= 7.5; x **= 2
    print(repr(x))
y = 7
y /= 2
print(y, type(y).__name__)
