# Every comparison between big ints and small values.
A = [10**20, -10**20, 2**100 + 1, -(3**70), 12345678901234567890123, -98765432109876543210]
B = [0, 1, -1, 2, -3, 7, -8, 100, 255, -256]
for a in A:
    for b in B:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
