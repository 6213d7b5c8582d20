# Every comparison between edge31 ints and big values.
A = [2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31 - 1, 2**31, -2**31, -2**31 - 1]
B = [10**20, -10**20, 2**100 + 1, -(3**70), 12345678901234567890123, -98765432109876543210]
for a in A:
    for b in B:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
