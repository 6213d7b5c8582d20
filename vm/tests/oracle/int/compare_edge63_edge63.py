# Every comparison between edge63 ints and edge63 values.
A = [2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64]
B = [2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64]
for a in A:
    for b in B:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
