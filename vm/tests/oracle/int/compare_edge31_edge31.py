# Every comparison between edge31 ints and edge31 values.
A = [2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31 - 1, 2**31, -2**31, -2**31 - 1]
B = [2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31 - 1, 2**31, -2**31, -2**31 - 1]
for a in A:
    for b in B:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
