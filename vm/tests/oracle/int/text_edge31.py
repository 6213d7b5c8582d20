# str, repr, bin, oct and hex of edge31 ints.
for a in [2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31 - 1, 2**31, -2**31, -2**31 - 1]:
    print(str(a), repr(a), bin(a), oct(a), hex(a))
