# Every comparison between edge63 ints and small values.
A = [2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64]
B = [0, 1, -1, 2, -3, 7, -8, 100, 255, -256]
for a in A:
    for b in B:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
