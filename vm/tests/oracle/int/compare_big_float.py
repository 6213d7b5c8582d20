# Every comparison between big ints and float values.
A = [10**20, -10**20, 2**100 + 1, -(3**70), 12345678901234567890123, -98765432109876543210]
B = [0.5, -2.0, 1e10, 3.25, -0.0]
for a in A:
    for b in B:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
