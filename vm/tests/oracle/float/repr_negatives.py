# repr and str of negatives.
for x in [-0.0, -1.0, -0.1, -1e-7, -1e22, -123.456, -2.5e-10]:
    print(repr(x), str(x), x)
print([-0.0, -1.0, -0.1, -1e-7, -1e22, -123.456, -2.5e-10])
