# str, repr, bin, oct and hex of small ints.
for a in [0, 1, -1, 2, -3, 7, -8, 100, 255, -256]:
    print(str(a), repr(a), bin(a), oct(a), hex(a))
