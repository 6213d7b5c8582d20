# Every comparison between small ints and small values.
A = [0, 1, -1, 2, -3, 7, -8, 100, 255, -256]
B = [0, 1, -1, 2, -3, 7, -8, 100, 255, -256]
for a in A:
    for b in B:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
