# str, repr, bin, oct and hex of big ints.
for a in [10**20, -10**20, 2**100 + 1, -(3**70), 12345678901234567890123, -98765432109876543210]:
    print(str(a), repr(a), bin(a), oct(a), hex(a))
