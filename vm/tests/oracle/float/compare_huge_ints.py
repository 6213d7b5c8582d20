# Every comparison between huge floats and ints values.
for a in [1e300, -1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308]:
    for b in [0, 1, -2, 7, 2**53 + 1, 10**20, -(2**70)]:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
