# Every comparison between plain floats and ints values.
for a in [0.0, 1.0, -1.5, 0.1, 2.5, -3.75, 100.0, 1e-3]:
    for b in [0, 1, -2, 7, 2**53 + 1, 10**20, -(2**70)]:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
