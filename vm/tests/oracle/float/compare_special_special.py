# Every comparison between special floats and special values.
for a in [float('inf'), float('-inf'), float('nan'), -0.0, 0.0]:
    for b in [float('inf'), float('-inf'), float('nan'), -0.0, 0.0]:
        print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
