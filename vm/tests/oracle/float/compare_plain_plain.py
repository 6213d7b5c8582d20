# Every comparison between plain floats and plain values.
for a in [0.0, 1.0, -1.5, 0.1, 2.5, -3.75, 100.0, 1e-3]:
    for b in [0.0, 1.0, -1.5, 0.1, 2.5, -3.75, 100.0, 1e-3]:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
