# Float literals of every form.
print(1., .5, 1e3, 1E-3, 1_0.5, 1e1_0, 0e0, 00.5, 1.5e+2, 12345678901234567890.0, 0.000000000000000000001)
print(type(1e0).__name__, 1e0 == 1, 3.0 is not None, -1e-0)
