# int() of floats truncates toward zero, exactly, at every size.
for x in (0.5, -0.5, 1.9999, -1.9999, 2.0**31, 2.0**62, 2.0**63, 2.0**64 + 2**12, -(2.0**70), 1e20, 1.5e300, 5e-324):
    print(repr(x), int(x))
