# round() of floats with no digits rounds half to even and gives an int.
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1e15 + 0.5, 2.0**52 + 0.5, 1e20, -1e20, 3.7, -3.7):
    v = round(x)
    print(repr(x), v, type(v).__name__)
