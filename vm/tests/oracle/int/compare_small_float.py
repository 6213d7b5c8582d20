# Every comparison between small ints and float values.
A = [0, 1, -1, 2, -3, 7, -8, 100, 255, -256]
B = [0.5, -2.0, 1e10, 3.25, -0.0]
for a in A:
    for b in B:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
