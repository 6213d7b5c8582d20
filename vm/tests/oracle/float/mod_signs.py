# float % and // follow the divisor's sign, and -0.0 appears where it should.
for a in (5.5, -5.5, 0.0, -0.0, 1e-300, 1e300):
    print(repr(a), [(a % b, a // b) for b in (2.0, -2.0, 0.75, -1e-300)])
