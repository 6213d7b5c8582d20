# Every comparison between small ints and edge31 values.
A = [0, 1, -1, 2, -3, 7, -8, 100, 255, -256]
B = [2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**31 - 1, 2**31, -2**31, -2**31 - 1]
for a in A:
    for b in B:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
