# str, repr, bin, oct and hex of edge63 ints.
for a in [2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64]:
    print(str(a), repr(a), bin(a), oct(a), hex(a))
