# round() of floats to positive and negative digit counts.
for x in (1.25, 1.35, 2.675, -1.25, 12345.6789, 0.000123456, 1e20, -0.0, 0.5):
    print(repr(x), [round(x, n) for n in (0, 1, 2, 3, -1, -2, 10)])
